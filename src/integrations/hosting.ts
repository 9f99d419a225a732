// Used at build time, after every other integration has written its files: makes the build
// ready to host. Writes `_headers` (the headers of deploy/headers.ts, for static hosts) and a
// gzip and a brotli copy next to every text file, which nginx (gzip_static, brotli_static) and
// scripts/serve.mjs send as they are.
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { compressibleExtensions, headerRules, headersFile } from '../../deploy/headers.ts';
import { playerInline } from '../../deploy/node.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Smaller files gain nothing worth a second request path. */
const minimumBytes = 256;
/**
 * Brotli's top qualities (10, 11) take five times as long for 1–5 % fewer bytes; the offline
 * files (half a megabyte of inlined fonts, downloaded rarely) get a fast setting.
 */
const largeBytes = 256 * 1024;

async function compressFile(file: string): Promise<number> {
  const bytes = await readFile(file);
  if (bytes.length < minimumBytes) return 0;
  const [gz, br] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: bytes.length > largeBytes ? 5 : 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  let written = 0;
  // A copy that is hardly smaller only costs disk space.
  if (gz.length < bytes.length * 0.9) await writeFile(`${file}.gz`, gz).then(() => (written += 1));
  if (br.length < bytes.length * 0.9) await writeFile(`${file}.br`, br).then(() => (written += 1));
  return written;
}

/** Runs `task` over `items`, `limit` at a time. */
async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<number>) {
  let total = 0;
  for (let i = 0; i < items.length; i += limit)
    total += (await Promise.all(items.slice(i, i + limit).map(task))).reduce((a, b) => a + b, 0);
  return total;
}

export function hosting(): AstroIntegration {
  return {
    name: 'verhaalkit:hosting',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const top = await readdir(outDir, { withFileTypes: true });
        const rules = headerRules(
          top.map((entry) => ({ name: entry.name, directory: entry.isDirectory() })),
          playerInline(),
        );
        await writeFile(join(outDir, '_headers'), headersFile(rules));

        const pattern = new RegExp(`\\.(?:${compressibleExtensions.join('|')})$`);
        const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' }))
          .filter((file) => pattern.test(file))
          .map((file) => join(outDir, file));
        const written = await inBatches(files, 8, compressFile);
        logger.info(
          `_headers en ${written} voorgecomprimeerde bestanden (gzip, brotli) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
