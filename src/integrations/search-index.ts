// Used at build time: writes the Pagefind search index into every build's output folder
// (so test builds into other folders get one too), with Dutch as the index language.
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecords } from '../lib/search/records';

/** The folder, inside the build output, that the search page loads the index from. */
export const searchBundleFolder = 'pagefind';

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
          for (const file of await builtPages(outDir)) {
            for (const record of searchRecords(file, await readFile(join(outDir, file), 'utf8'))) {
              const added = await index.addHTMLFile({ url: record.url, content: record.html });
              if (added.errors.length > 0)
                throw new Error(`Pagefind kon ${record.url} niet indexeren: ${added.errors.join('; ')}`);
              records += 1;
            }
          }
          const bundle = join(outDir, searchBundleFolder);
          await rm(bundle, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0)
            throw new Error(`Pagefind kon de zoekindex niet schrijven: ${written.errors.join('; ')}`);
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
