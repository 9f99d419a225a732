// The search index reads the built pages one at a time (src/integrations/search-index.ts) and
// must hand Pagefind the same records, in the same order, as the rule over all pages at once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageRecords } from '../../src/integrations/search-index';
import { oneRecordPerSlide, searchRecords, type SearchRecord } from '../../src/lib/search/records';

const dir = mkdtempSync(join(tmpdir(), 'search-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string) => `<html lang="nl"><body><main data-pagefind-body>${body}</main></body></html>`;
const story =
  '<html lang="nl"><body><main data-pagefind-body>' +
  '<section id="a" data-search-record><p>A in het verhaal</p></section>' +
  '<section id="b" data-search-record><p>B alleen in het verhaal</p></section>' +
  '<section id="c" data-search-record><p>C, zonder eigen zoekbare pagina</p></section>' +
  '</main></body></html>';
const files: Record<string, string> = {
  'over/index.html': page('<p>Over</p>'),
  'slides/a/index.html': page('<p>Slide A</p>'),
  'slides/c/index.html': '<html lang="nl"><body><p>niet geïndexeerd</p></body></html>',
  'slides/z/index.html': page('<p>Slide Z</p>'),
  'verhaal/index.html': story,
  'zoeken/index.html': page('<p>Zoeken</p>'),
};
for (const [file, html] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), html);
}

async function streamed(order: string[]): Promise<string[]> {
  const urls: string[] = [];
  for await (const record of pageRecords(dir, order)) urls.push(record.url);
  return urls;
}
const atOnce = (order: string[]) =>
  oneRecordPerSlide(order.flatMap((file): SearchRecord[] => searchRecords(file, files[file]!))).map(
    (record) => record.url,
  );

describe('pageRecords', () => {
  it('gives the records of all pages at once, one record per slide, in file order', async () => {
    const order = Object.keys(files).sort();
    expect(await streamed(order)).toEqual(atOnce(order));
    expect(await streamed(order)).toEqual([
      '/over/',
      '/slides/a/',
      '/slides/z/',
      '/verhaal/#b',
      '/verhaal/#c',
      '/zoeken/',
    ]);
  });

  it('keeps the order when the story comes before the slide pages', async () => {
    const order = ['verhaal/index.html', 'zoeken/index.html', 'slides/a/index.html', 'slides/c/index.html'];
    expect(await streamed(order)).toEqual(atOnce(order));
    expect(await streamed(order)).toEqual(['/verhaal/#b', '/verhaal/#c', '/zoeken/', '/slides/a/']);
  });
});
