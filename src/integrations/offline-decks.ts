// Used at build time: writes "Download voor offline" files after the build. Each ready-made deck
// becomes one HTML file with its styles, fonts (as data: URLs), slides, notes, chart data and
// the deck player (bundled by esbuild as one classic script) inside, so it presents from a USB
// stick with the network off. The template is kept too, for the browser to fill with a remix.
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deckSections, fillOfflineTemplate, offlineTemplate } from '../lib/export/offline-html';
import { offlinePolicy } from '../../deploy/headers.ts';
import { cspHash } from '../../deploy/node.ts';
import { speakerViewStyles } from '../lib/deck/speaker-view-styles';

/** Folder in the build output with the offline files; /offline/<deck-id>.html. */
export const offlineFolder = 'offline';
/** The template the browser fills for remixes (no .html: it is no page of its own). */
export const offlineTemplateFile = 'deck-sjabloon.txt';

const stylesheets = (html: string) =>
  [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].flatMap((m) => {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    return href === undefined ? [] : [href];
  });

const fontTypes: Record<string, string> = {
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  svg: 'image/svg+xml',
};

/** A stylesheet with every url() to a file of the build replaced by a data: URL. */
async function inlineUrls(source: string, cssUrl: string, outDir: string): Promise<string> {
  // Every browser reveal.js 6 runs in reads woff2: the woff fallback would only double the fonts.
  const css = source.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']?woff["']?\)/g, '');
  const urls = [...new Set([...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!))].filter(
    (url) => !/^(?:data:|https?:|#)/.test(url),
  );
  let result = css;
  for (const url of urls) {
    const path = posix.resolve(posix.dirname(cssUrl), url.split(/[?#]/)[0]!);
    const bytes = await readFile(join(outDir, path));
    const type = fontTypes[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
    result = result.split(url).join(`data:${type};base64,${bytes.toString('base64')}`);
  }
  return result;
}

async function pagesMatching(outDir: string, pattern: RegExp): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true, encoding: 'utf8' });
  return files
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => pattern.test(file))
    .sort();
}

export function offlineDecks(): AstroIntegration {
  let root = '';
  let siteUrl = '';
  return {
    name: 'verhaalkit:offline-decks',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        siteUrl = (config.site ?? '').replace(/\/$/, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const bundled = await build({
          entryPoints: [join(root, 'src', 'client', 'deck', 'offline.ts')],
          bundle: true,
          format: 'iife',
          platform: 'browser',
          target: 'es2022',
          minify: true,
          write: false,
          legalComments: 'eof',
          logLevel: 'silent',
        });
        const js = bundled.outputFiles[0]!.text;

        // Every style any deck or single-slide player uses, in the order pages link them, so
        // that a remix of any slides looks as in the player.
        const deckPages = await pagesMatching(outDir, /^decks\/[^/]+\/index\.html$/);
        const playerPages = [
          ...deckPages,
          ...(await pagesMatching(outDir, /^slides\/[^/]+\/presenteer\/index\.html$/)),
        ];
        const cssUrls: string[] = [];
        for (const page of playerPages) {
          for (const href of stylesheets(await readFile(join(outDir, page), 'utf8')))
            if (!cssUrls.includes(href)) cssUrls.push(href);
        }
        const allCss = (
          await Promise.all(
            cssUrls.map(async (url) => inlineUrls(await readFile(join(outDir, url), 'utf8'), url, outDir)),
          )
        ).join('\n');
        // Each page's bundle declares the fonts again; once is enough in one file.
        const seenFonts = new Set<string>();
        const css = allCss.replace(/@font-face\s*\{[^}]*\}/g, (rule) =>
          seenFonts.has(rule) ? '' : (seenFonts.add(rule), rule),
        );
        // Its own Content-Security-Policy: the file's one script and style sheet by hash, plus
        // the speaker view's style sheet (its window inherits the file's policy).
        const template = offlineTemplate({
          css,
          js,
          siteUrl,
          policy: (inline) =>
            offlinePolicy({
              scripts: [cspHash(inline.script)],
              styles: [cspHash(inline.style), cspHash(speakerViewStyles)],
            }),
        });
        const folder = join(outDir, offlineFolder);
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, offlineTemplateFile), template);
        const decode = (text: string) =>
          text
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#39;/g, "'")
            .replace(/&amp;/g, '&');
        let largest = 0;
        for (const page of deckPages) {
          const html = await readFile(join(outDir, page), 'utf8');
          const id = page.split('/')[1]!;
          const title = decode(/<h1 class="deck-heading"[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? id);
          const sections = deckSections(html);
          if (sections.length === 0) throw new Error(`Offline: geen slides gevonden in ${page}`);
          const file = fillOfflineTemplate(template, title, sections.join(''), siteUrl);
          largest = Math.max(largest, file.length);
          await writeFile(join(folder, `${id}.html`), file);
        }
        logger.info(
          `offline: ${deckPages.length} presentaties in ${Math.round(performance.now() - started)} ms (grootste ${Math.round(largest / 1024)} KB)`,
        );
      },
    },
  };
}
