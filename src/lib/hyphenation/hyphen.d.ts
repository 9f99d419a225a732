// `hyphen` ships no types; this is the part of its API the kit uses.
declare module 'hyphen/nl' {
  export interface HyphenateOptions {
    /** Words shorter than this are left whole (the package's default is 5). */
    minWordLength?: number;
    /** The character put at each break point (default U+00AD). */
    hyphenChar?: string;
    /** Words hyphenated by hand, with "-" where they may break. */
    exceptions?: string[];
  }
  /** A CommonJS module: its exports come in as the default import. */
  const hyphen: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
    hyphenate(text: string, options?: HyphenateOptions): Promise<string>;
  };
  export default hyphen;
}
