// Used at build time, after every other integration has written its files: makes the build
// ready to host. Writes `_headers` (the headers of deploy/headers.ts, for static hosts) and a
// gzip and a brotli copy next to every text file worth it (./precompress.ts), which nginx
// (gzip_static, brotli_static) and scripts/serve.mjs send as they are. While Astro renders the
// pages (on one thread), the other core already compresses each rendered page and the bundled
// `_astro/` files into the cache (./precompress.ts, `cacheWarmer`), so that pass mostly copies.
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressibleExtensions, headerRules, headersFile } from '../../deploy/headers.ts';
import { playerInline } from '../../deploy/node.ts';
import { cacheWarmer, precompress, type CacheWarmer } from './precompress.ts';

export function hosting(): AstroIntegration {
  let cacheDir = join('node_modules', '.astro', 'compress');
  let outDir = 'dist';
  let warmer: CacheWarmer | undefined;
  let assetsQueued: Promise<void> | undefined;
  const pattern = new RegExp(`\\.(?:${compressibleExtensions.join('|')})$`);

  /** Queues the bundled `_astro/` files, one after the other, beside the pages. */
  async function queueAssets(into: CacheWarmer): Promise<void> {
    const folder = join(outDir, '_astro');
    const assets = await readdir(folder, { recursive: true, encoding: 'utf8' }).catch(() => []);
    for (const file of assets.filter((name) => pattern.test(name)))
      await into.add(join('_astro', file), await readFile(join(folder, file)).catch(() => Buffer.alloc(0)));
  }

  /** The default prerenderer, with each rendered page's bytes also queued for compression. */
  const warming = (base: AstroPrerenderer): AstroPrerenderer => ({
    name: base.name,
    getStaticPaths: () => base.getStaticPaths(),
    ...(base.setup === undefined ? {} : { setup: () => base.setup!() }),
    ...(base.collectStaticImages === undefined
      ? {}
      : { collectStaticImages: () => base.collectStaticImages!() }),
    ...(base.teardown === undefined ? {} : { teardown: () => base.teardown!() }),
    render: async (request, options) => {
      const rendered = await base.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      if (warmer === undefined || response.status !== 200 || response.body === null) return rendered;
      // The browser bundles are written before the first page is rendered.
      assetsQueued ??= queueAssets(warmer);
      const bytes = Buffer.from(await response.arrayBuffer());
      await warmer.add('page.html', bytes);
      const copy = new Response(bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return rendered instanceof Response ? copy : { ...rendered, response: copy };
    },
  });

  return {
    name: 'verhaalkit:hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'compress');
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        warmer = cacheWarmer(cacheDir);
        assetsQueued = undefined;
        setPrerenderer(warming);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await assetsQueued;
        await warmer?.done();
        const started = performance.now();
        const top = await readdir(outDir, { withFileTypes: true });
        const rules = headerRules(
          top.map((entry) => ({ name: entry.name, directory: entry.isDirectory() })),
          playerInline(),
        );
        await writeFile(join(outDir, '_headers'), headersFile(rules));

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
