import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  existsSync,
  writeFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { brotliQuality, cacheWarmer, minimumBytes, precompress } from '../../src/integrations/precompress';

const page = (words: string) => `<!doctype html><html lang="nl"><p>${words.repeat(200)}</p></html>`;

describe('precompress', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const folders = () => {
    const root = mkdtempSync(join(tmpdir(), 'precompress-'));
    dirs.push(root);
    return { out: root, cache: join(root, '.cache') };
  };

  it('writes copies that decode to the file, skips small files and copies that do not gain', async () => {
    const { out, cache } = folders();
    writeFileSync(join(out, 'a.html'), page('de eerste duizend dagen '));
    writeFileSync(join(out, 'small.js'), 'x'.repeat(minimumBytes - 1));
    writeFileSync(join(out, 'noise.js'), randomBytes(4000));
    const result = await precompress(out, ['a.html', 'small.js', 'noise.js'], cache);
    const html = readFileSync(join(out, 'a.html'));
    expect(brotliDecompressSync(readFileSync(join(out, 'a.html.br')))).toEqual(html);
    expect(gunzipSync(readFileSync(join(out, 'a.html.gz')))).toEqual(html);
    expect(existsSync(join(out, 'small.js.br'))).toBe(false);
    expect(existsSync(join(out, 'noise.js.br'))).toBe(false);
    expect(existsSync(join(out, 'noise.js.gz'))).toBe(false);
    expect(result).toMatchObject({ written: 2, reused: 0 });
  });

  it('reuses the copy of an unchanged file and never an old copy of a changed one', async () => {
    const { out, cache } = folders();
    writeFileSync(join(out, 'a.html'), page('kansrijke start '));
    writeFileSync(join(out, 'b.html'), page('het verhaal '));
    await precompress(out, ['a.html', 'b.html'], cache);
    writeFileSync(join(out, 'b.html'), page('een ander verhaal '));
    const again = await precompress(out, ['a.html', 'b.html'], cache);
    expect(again).toMatchObject({ reused: 2, compressed: 2, written: 4 });
    const changed = readFileSync(join(out, 'b.html'));
    expect(brotliDecompressSync(readFileSync(join(out, 'b.html.br')))).toEqual(changed);
    expect(gunzipSync(readFileSync(join(out, 'b.html.gz')))).toEqual(changed);
    // The cache keeps one build's worth: the old b.html copies are gone.
    expect(readdirSync(cache)).toHaveLength(4);
  });

  it('never changes a cached copy through a build folder that was not emptied', async () => {
    const { out, cache } = folders();
    // Two pages with the same bytes share one cached copy (linked into the build folder).
    writeFileSync(join(out, 'a.html'), page('kansrijke start '));
    writeFileSync(join(out, 'b.html'), page('kansrijke start '));
    await precompress(out, ['a.html', 'b.html'], cache);
    await precompress(out, ['a.html', 'b.html'], cache);
    // a.html changes; its old copies in the build folder are the cached ones b.html still uses.
    writeFileSync(join(out, 'a.html'), page('een ander verhaal '));
    await precompress(out, ['a.html', 'b.html'], cache);
    for (const file of ['a.html', 'b.html']) {
      const bytes = readFileSync(join(out, file));
      expect(brotliDecompressSync(readFileSync(join(out, `${file}.br`)))).toEqual(bytes);
      expect(gunzipSync(readFileSync(join(out, `${file}.gz`)))).toEqual(bytes);
    }
  });

  it('compresses again when a cached copy cannot be used, and the build goes on', async () => {
    const { out, cache } = folders();
    writeFileSync(join(out, 'a.html'), page('de eerste duizend dagen '));
    await precompress(out, ['a.html'], cache);
    // Every cached copy turned into something that can be neither linked nor copied.
    for (const name of readdirSync(cache)) {
      rmSync(join(cache, name));
      mkdirSync(join(cache, name));
    }
    rmSync(join(out, 'a.html.br'));
    rmSync(join(out, 'a.html.gz'));
    const again = await precompress(out, ['a.html'], cache);
    expect(again).toMatchObject({ reused: 0, compressed: 2, written: 2 });
    const bytes = readFileSync(join(out, 'a.html'));
    expect(brotliDecompressSync(readFileSync(join(out, 'a.html.br')))).toEqual(bytes);
    expect(gunzipSync(readFileSync(join(out, 'a.html.gz')))).toEqual(bytes);
  });

  it('compresses pages while the build renders, so the pass after it only copies, never a stale copy', async () => {
    const { out, cache } = folders();
    const warmer = cacheWarmer(cache, 1);
    const a = Buffer.from(page('de eerste duizend dagen '));
    const asset = Buffer.from(`export const x = ${JSON.stringify('kansrijke start '.repeat(300))};`);
    await warmer.add('page.html', a);
    await warmer.add('_astro/deck.abc.js', asset);
    await warmer.add('page.html', Buffer.from(page('wat Astro daarna anders schreef ')));
    await warmer.done();
    mkdirSync(join(out, '_astro'));
    writeFileSync(join(out, 'a.html'), a);
    writeFileSync(join(out, '_astro', 'deck.abc.js'), asset);
    writeFileSync(join(out, 'b.html'), page('een pagina die niet gerenderd werd '));
    const result = await precompress(out, ['a.html', join('_astro', 'deck.abc.js'), 'b.html'], cache);
    // a.html and the asset come from the cache; b.html differs from every queued page.
    expect(result).toMatchObject({ reused: 4, compressed: 2, written: 6 });
    for (const file of ['a.html', join('_astro', 'deck.abc.js'), 'b.html']) {
      const bytes = readFileSync(join(out, file));
      expect(brotliDecompressSync(readFileSync(join(out, `${file}.br`)))).toEqual(bytes);
      expect(gunzipSync(readFileSync(join(out, `${file}.gz`)))).toEqual(bytes);
    }
    // What the build did not write is not kept: 3 files x 2 copies.
    expect(readdirSync(cache)).toHaveLength(6);
  });

  it('never holds the renderer up: pages wait in a queue while one at a time is compressed', async () => {
    const { cache } = folders();
    const warmer = cacheWarmer(cache, 1);
    const pages = Array.from({ length: 20 }, (_, i) => Buffer.from(page(`pagina ${i} van het verhaal `)));
    for (const bytes of pages) await warmer.add('page.html', bytes);
    // Every page was taken at once; most still wait for their copies.
    const cachedNow = existsSync(cache) ? readdirSync(cache).length : 0;
    expect(cachedNow).toBeLessThan(pages.length);
    await warmer.done();
    expect(readdirSync(cache)).toHaveLength(2 * pages.length);
  });

  it('spends brotli effort where it pays: hashed assets high, pages quick, large files fast', () => {
    expect(brotliQuality('_astro/DeckLayout.abc.js', 50_000)).toBe(10);
    expect(brotliQuality('slides/x/index.html', 8_000)).toBe(6);
    expect(brotliQuality('offline/het-verhaal.html', 600_000)).toBe(5);
  });
});
