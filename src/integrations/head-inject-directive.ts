// Used at build time. For every MDX slide a content collection renders, Astro generates a small
// `<slide>.mdx?astroPropagatedAssets` module that starts with the string directive
// `"use astro:head-inject";` (astro/dist/content/vite-plugin-content-assets.js). Nothing reads
// that directive any more: head propagation follows the `astroPropagatedAssets` query and the
// module's `__astroPropagation` export. Rolldown, which keeps only the directives it knows, warns
// in nine lines for each such module that it "may not be preserved" (withastro/astro#18087), one
// warning per slide in the build log. This plugin drops the unused directive from those
// generated modules only, after Astro wrote them, so the bundle and every other warning stay.
import type { Plugin } from 'vite';

const directive = /^\s*(["'])use astro:head-inject\1;?[^\S\n]*\n?/m;

/** The generated module's code without its leading head-inject directive. */
export function withoutHeadInjectDirective(code: string): string {
  return code.replace(directive, '');
}

/** Vite plugin that runs after Astro's own transform of `?astroPropagatedAssets` modules. */
export function headInjectDirective(): Plugin {
  return {
    name: 'verhaalkit:head-inject-directive',
    enforce: 'post',
    transform: {
      filter: { id: /[?&]astroPropagatedAssets(?:[&=]|$)/ },
      handler(code) {
        const next = withoutHeadInjectDirective(code);
        return next === code ? null : { code: next, map: null };
      },
    },
  };
}
