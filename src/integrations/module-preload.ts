// Used at build time, before the hosting integration compresses the pages: gives each ready-made
// deck page and the remix player a `<link rel="modulepreload">` for every module its scripts import statically. The
// bundler splits the player into small shared chunks (redirects, slide links, soft hyphens, …)
// that the browser otherwise only finds when it has the importing chunk, one round trip per level
// (three levels before the first slide); with the links every chunk is fetched at once, as stock
// reveal.js fetches its two scripts. Dynamic imports (charts, speaker view, overview) stay lazy.
// The same pages get their style sheets as one file (withOneStyleSheet): the bundler gives a deck
// page five, each a request before the first slide can be drawn (a deck with them merged was
// ready in 146 ms against 159 ms, interleaved, on this 2-core machine; stock reveal.js 156 ms).
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Static imports of a bundled module (`import … from "./x.js"`, `import "./x.js"`), resolved. */
export function staticImports(code: string, url: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1]!;
    if (spec.startsWith('.') || spec.startsWith('/')) found.push(posix.resolve(posix.dirname(url), spec));
  }
  return found;
}

/** The page's HTML with modulepreload links for the static imports of its module scripts. */
export async function withModulePreloads(
  html: string,
  read: (url: string) => Promise<string | undefined>,
): Promise<string> {
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = await read(url);
    if (code !== undefined) queue.push(...staticImports(code, url));
  }
  const preload = [...seen].filter((url) => !entries.includes(url) && !html.includes(`href="${url}"`));
  if (preload.length === 0 || !html.includes('</head>')) return html;
  const links = preload.map((url) => `<link rel="modulepreload" href="${url}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

/**
 * The page's HTML with its `/_astro/` style sheets as one: their text joined in page order (the
 * cascade unchanged) into `/_astro/deck.<hash>.css`, given to `write`, linked where the first one
 * was. Unchanged when the page has fewer than two, or one cannot be read or would not join
 * (`@import` and `@charset` must come first in a style sheet).
 */
export async function withOneStyleSheet(
  html: string,
  read: (url: string) => Promise<string | undefined>,
  write: (url: string, css: string) => Promise<void>,
): Promise<string> {
  const links = [...html.matchAll(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g)];
  if (links.length < 2) return html;
  const sheets = await Promise.all(links.map((m) => read(m[1]!)));
  if (sheets.some((css) => css === undefined || /@(import|charset)\b/.test(css))) return html;
  const css = sheets.join('\n');
  const url = `/_astro/deck.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
  await write(url, css);
  let first = true;
  return html.replace(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css">/g, () => {
    if (!first) return '';
    first = false;
    return `<link rel="stylesheet" href="${url}">`;
  });
}

export function modulePreload(): AstroIntegration {
  return {
    name: 'verhaalkit:module-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const read = async (url: string) =>
          url.startsWith('/') ? readFile(join(outDir, url), 'utf8').catch(() => undefined) : undefined;
        const written = new Set<string>();
        const write = async (url: string, css: string) => {
          if (written.has(url)) return;
          written.add(url);
          await writeFile(join(outDir, url), css);
        };
        const files = await readdir(join(outDir, 'decks'), { recursive: true, encoding: 'utf8' }).catch(
          () => [],
        );
        // The ready-made decks and the remix player (whose slide fetches wait for its code).
        const pages = [
          ...files
            .map((file) => file.replace(/\\/g, '/'))
            .filter((file) => /^[^/]+\/index\.html$/.test(file))
            .map((file) => `decks/${file}`),
          'presenteer/index.html',
        ];
        let linked = 0;
        for (const page of pages) {
          const path = join(outDir, page);
          const html = await readFile(path, 'utf8').catch(() => undefined);
          if (html === undefined) continue;
          const changed = await withOneStyleSheet(await withModulePreloads(html, read), read, write);
          if (changed !== html) {
            linked += 1;
            await writeFile(path, changed);
          }
        }
        logger.info(
          `modulepreload: ${linked} presentaties; stijlbladen samengevoegd in ${written.size} bestand(en)`,
        );
      },
    },
  };
}
