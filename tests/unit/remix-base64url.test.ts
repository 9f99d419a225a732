// The URL-safe base64 and the compression that links and deck files use for own text.
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url, transform } from '../../src/lib/remix/base64url';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('URL-safe base64', () => {
  it('writes - and _ for + and /, without padding', () => {
    expect(toBase64Url(bytes(0xfb, 0xff, 0xbf))).toBe('-_-_');
    expect(toBase64Url(bytes(1))).toBe('AQ');
    expect(toBase64Url(bytes(1, 2))).toBe('AQI');
    expect(toBase64Url(bytes())).toBe('');
  });

  it('reads back what it wrote, also more than 32,768 bytes', () => {
    const big = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    const text = toBase64Url(big);
    expect(text).toHaveLength(Math.ceil((70_000 * 4) / 3));
    expect(fromBase64Url(text)).toEqual(big);
    expect(fromBase64Url('-_-_')).toEqual(bytes(0xfb, 0xff, 0xbf));
    expect(fromBase64Url('')).toEqual(bytes());
  });

  it('refuses anything that is not URL-safe base64', () => {
    for (const text of ['AQ==', 'A+', 'a/b', 'A', 'AQIDB', 'A Q', 'é'])
      expect(fromBase64Url(text), text).toBeUndefined();
    expect(fromBase64Url('AQID')).toEqual(bytes(1, 2, 3));
  });
});

describe('compression', () => {
  const text = new TextEncoder().encode('Kansrijke Start '.repeat(200));

  it('packs and unpacks text', async () => {
    const packed = await transform(text, new CompressionStream('deflate-raw'));
    expect(packed!.length).toBeLessThan(text.length / 10);
    expect(await transform(packed!, new DecompressionStream('deflate-raw'))).toEqual(text);
  });

  it('stops when the unpacked text would pass the limit, and gives up on bytes that are not packed', async () => {
    const packed = (await transform(text, new CompressionStream('deflate-raw')))!;
    expect(await transform(packed, new DecompressionStream('deflate-raw'), text.length - 1)).toBeUndefined();
    expect(await transform(packed, new DecompressionStream('deflate-raw'), text.length)).toEqual(text);
    expect(
      await transform(bytes(0xff, 0xff, 0xff, 0xff), new DecompressionStream('deflate-raw')),
    ).toBeUndefined();
  });
});
