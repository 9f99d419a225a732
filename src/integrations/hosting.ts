// Used at build time, after every other integration has written its files: makes the build
// ready to host. Writes `_headers` (the headers of deploy/headers.ts, for static hosts) and a
// gzip and a brotli copy next to every text file worth it (./precompress.ts), which nginx
// (gzip_static, brotli_static) and scripts/serve.mjs send as they are.
import type { AstroIntegration } from 'astro';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressibleExtensions, headerRules, headersFile } from '../../deploy/headers.ts';
import { playerInline } from '../../deploy/node.ts';
import { precompress } from './precompress.ts';

export function hosting(): AstroIntegration {
  let cacheDir = join('node_modules', '.astro', 'compress');
  return {
    name: 'verhaalkit:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'compress');
      },
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
        const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' })).filter((file) =>
          pattern.test(file),
        );
        const { written, reused } = await precompress(outDir, files, cacheDir);
        logger.info(
          `_headers en ${written} voorgecomprimeerde bestanden (gzip, brotli; ${reused} uit de cache) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
