import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { brotliQuality, minimumBytes, precompress } from '../../src/integrations/precompress';

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

  it('spends brotli effort where it pays: hashed assets high, pages quick, large files fast', () => {
    expect(brotliQuality('_astro/DeckLayout.abc.js', 50_000)).toBe(10);
    expect(brotliQuality('slides/x/index.html', 8_000)).toBe(6);
    expect(brotliQuality('offline/het-verhaal.html', 600_000)).toBe(5);
  });
});
