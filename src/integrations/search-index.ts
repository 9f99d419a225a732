// Used at build time: writes the Pagefind search index into every build's output folder
// (so test builds into other folders get one too), with Dutch as the index language.
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { indexedHtml, searchRecords, type SearchRecord } from '../lib/search/records';
import { slideIdOfUrl } from '../lib/search/results';

/** The folder, inside the build output, that the search page loads the index from. */
export const searchBundleFolder = 'pagefind';
/** Pages sent to Pagefind before this thread waits for its answer to the oldest. */
const pagesInFlight = 16;
/** Pagefind's page ids mapped to slide ids, so the library and builder need no result fragments. */
export const slideIdsFile = 'slide-ids.json';

/** Reads each written fragment's URL: Pagefind's result id is the fragment's file name. */
async function fragmentSlideIds(bundle: string): Promise<Record<string, string>> {
  const folder = join(bundle, 'fragment');
  const ids: Record<string, string> = {};
  for (const file of await readdir(folder)) {
    const text = gunzipSync(await readFile(join(folder, file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    const slide = slideIdOfUrl(url);
    if (slide !== undefined) ids[file.replace(/\.pf_fragment$/, '')] = slide;
  }
  return ids;
}

/**
 * Every built page's search records, in file order, one page read at a time, with the rule of
 * `oneRecordPerSlide` (src/lib/search/records.ts) applied as they come: a story section of a
 * slide whose own page gives a record is left out. A story record waits only while that slide's
 * page is still to be read (in file order `slides/` comes before `verhaal/`, so in practice it
 * never waits), and the records after it wait with it, so the order is the same.
 */
export async function* pageRecords(outDir: string, files: readonly string[]): AsyncGenerator<SearchRecord> {
  const unread = new Set(files.map((file) => file.replace(/\\/g, '/')));
  const indexedSlides = new Set<string>();
  const storySlide = (record: SearchRecord) => /^\/verhaal\/#([a-z0-9-]+)$/.exec(record.url)?.[1];
  const decided = (record: SearchRecord) => {
    const slide = storySlide(record);
    return slide === undefined || indexedSlides.has(slide) || !unread.has(`slides/${slide}/index.html`);
  };
  const waiting: SearchRecord[] = [];
  for (const file of files) {
    const records = searchRecords(file, await readFile(join(outDir, file), 'utf8'));
    unread.delete(file.replace(/\\/g, '/'));
    for (const record of records) {
      const slide = /^\/slides\/([a-z0-9-]+)\/$/.exec(record.url)?.[1];
      if (slide !== undefined) indexedSlides.add(slide);
      waiting.push(record);
    }
    while (waiting.length > 0 && decided(waiting[0]!)) {
      const record = waiting.shift()!;
      const slide = storySlide(record);
      if (slide === undefined || !indexedSlides.has(slide)) yield record;
    }
  }
}

async function builtPages(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true, encoding: 'utf8' });
  return files.filter((file) => file.endsWith('.html') && !file.startsWith(`${searchBundleFolder}/`)).sort();
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'verhaalkit:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        let records = 0;
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
          if (index === undefined) throw new Error(`Pagefind kon geen zoekindex maken: ${errors.join('; ')}`);
          // Page by page: holding every page's text at once was the build's memory peak at scale.
          // A few pages are on their way to Pagefind at a time, so that it indexes one while this
          // thread reads the next (its process answers them in the order they were sent).
          const inFlight = new Set<Promise<void>>();
          const failures: string[] = [];
          for await (const record of pageRecords(outDir, await builtPages(outDir))) {
            const sent: Promise<void> = index
              .addHTMLFile({ url: record.url, content: indexedHtml(record) })
              .then((added) => {
                if (added.errors.length > 0) failures.push(`${record.url}: ${added.errors.join('; ')}`);
              })
              .finally(() => inFlight.delete(sent));
            inFlight.add(sent);
            records += 1;
            if (inFlight.size >= pagesInFlight) await Promise.race(inFlight);
          }
          await Promise.all(inFlight);
          if (failures.length > 0) throw new Error(`Pagefind kon niet indexeren: ${failures.join('; ')}`);
          const bundle = join(outDir, searchBundleFolder);
          await rm(bundle, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0)
            throw new Error(`Pagefind kon de zoekindex niet schrijven: ${written.errors.join('; ')}`);
          await writeFile(join(bundle, slideIdsFile), JSON.stringify(await fragmentSlideIds(bundle)));
          // Our own results UI (src/client/search/page.ts) replaces Pagefind's; its UI files would only weigh on the deploy.
          for (const unused of ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui']) {
            await Promise.all(
              ['js', 'css'].map((ext) => rm(join(bundle, `${unused}.${ext}`), { force: true })),
            );
          }
        } finally {
          // The index runs in a Pagefind process of its own; stop it so the build can end.
          await pagefind.close();
        }
        logger.info(`zoekindex: ${records} records in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
