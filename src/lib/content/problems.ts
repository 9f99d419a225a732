// Used at build time: collects content problems so that authors see all of them at once.

/** One thing wrong with the content, located by file and field. */
export interface Problem {
  /** Path of the file that holds the problem, relative to the project. */
  file: string;
  /** The field (or field path) that is wrong, e.g. `slides[3]` or `title`. */
  field: string;
  /** What is wrong, in Dutch, for authors. */
  message: string;
}

/** Renders problems as one Dutch message that names every file and field. */
export function formatProblems(problems: readonly Problem[]): string {
  const heading =
    problems.length === 1
      ? 'De inhoud van de verhaalkit bevat 1 fout:'
      : `De inhoud van de verhaalkit bevat ${problems.length} fouten:`;
  const lines = problems.map((p) => `- ${p.file} → veld "${p.field}": ${p.message}`);
  return [heading, ...lines].join('\n');
}
