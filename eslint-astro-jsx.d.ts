// Lint-only types (tsconfig.eslint.json): Astro types template JSX as `HTMLElement | any` to allow
// several JSX frameworks, which typed lint reports as unsafe; this site uses Astro's own templates only.
// See eslint-plugin-astro's README, "Resolving Error in JSX: Unsafe return of an `any` typed value".
import 'astro/astro-jsx';

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
