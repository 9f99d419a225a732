// Used at build time: Astro treats a `layout` key in an MDX file's frontmatter as the path of a
// layout component to import, but in our slide modules `layout:` names how the slide is
// projected (src/schemas/slide.ts). This Vite plugin blanks that key before MDX compiles the
// file; the content collection and src/content-check read the frontmatter from disk, so the
// slide model keeps its layout.
import type { Plugin } from 'vite';

/** The frontmatter of `code` with its top-level `layout:` line turned into a YAML comment. */
export function withoutLayoutKey(code: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(code);
  if (match === null) return code;
  const frontmatter = match[1] ?? '';
  const blanked = frontmatter.replace(/^layout:/m, '# slide layout:');
  return blanked === frontmatter ? code : code.replace(frontmatter, blanked);
}

/** Vite plugin that runs before the MDX compiler on files in the slides folder. */
export function slideLayoutKey(): Plugin {
  return {
    name: 'verhaalkit:slide-layout-key',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (!path.endsWith('.mdx')) return null;
      const next = withoutLayoutKey(code);
      return next === code ? null : { code: next, map: null };
    },
  };
}
