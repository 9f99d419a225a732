import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads, withOneStyleSheet } from '../../src/integrations/module-preload';

const files: Record<string, string> = {
  '/_astro/player.js': 'import{t}from"./links.js";import"./hyphens.js";const c=()=>import("./charts.js");',
  '/_astro/links.js': 'import{r as e}from"./hyphens.js";export const t=1;',
  '/_astro/hyphens.js': 'export const r=2;',
  '/_astro/charts.js': 'import"./chart-core.js";',
};
const read = (url: string) => Promise.resolve(files[url]);
const page =
  '<html><head><title>x</title></head><body><script type="module" src="/_astro/player.js"></script></body></html>';

describe('modulepreload links for a deck page', () => {
  it('finds static imports only, resolved against the importing file', () => {
    expect(staticImports(files['/_astro/player.js']!, '/_astro/player.js')).toEqual([
      '/_astro/links.js',
      '/_astro/hyphens.js',
    ]);
  });

  it('names every statically imported chunk once, in the head, and leaves lazy chunks lazy', async () => {
    const html = await withModulePreloads(page, read);
    expect(html).toContain(
      '<link rel="modulepreload" href="/_astro/links.js"><link rel="modulepreload" href="/_astro/hyphens.js"></head>',
    );
    expect(html).not.toContain('charts.js"');
    expect(html).not.toContain('modulepreload" href="/_astro/player.js"');
  });

  it('leaves a page without imports, or already linked, as it was', async () => {
    const once = await withModulePreloads(page, read);
    expect(await withModulePreloads(once, read)).toBe(once);
    const plain =
      '<html><head></head><body><script type="module" src="/_astro/hyphens.js"></script></body></html>';
    expect(await withModulePreloads(plain, read)).toBe(plain);
  });
});

describe('one style sheet for a deck page', () => {
  const sheets: Record<string, string> = {
    '/_astro/a.css': '.a{color:red}',
    '/_astro/b.css': '.b{color:blue}',
    '/_astro/c.css': '@import "x.css";.c{}',
  };
  const head = (hrefs: string[]) =>
    `<html><head>${hrefs.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}<link rel="modulepreload" href="/_astro/p.js"></head><body></body></html>`;
  const readSheet = (url: string) => Promise.resolve(sheets[url]);

  it('joins the sheets in page order into one file, linked where the first one was', async () => {
    const written: Record<string, string> = {};
    const html = await withOneStyleSheet(head(['/_astro/b.css', '/_astro/a.css']), readSheet, (url, css) => {
      written[url] = css;
      return Promise.resolve();
    });
    const [url] = Object.keys(written);
    expect(url).toMatch(/^\/_astro\/deck\.[\w-]{10}\.css$/);
    expect(written[url!]).toBe('.b{color:blue}\n.a{color:red}');
    expect(html).toBe(
      `<html><head><link rel="stylesheet" href="${url}"><link rel="modulepreload" href="/_astro/p.js"></head><body></body></html>`,
    );
  });

  it('leaves a page with one sheet, an unreadable sheet or an @import as it is', async () => {
    const write = () => Promise.reject(new Error('nothing to write'));
    for (const hrefs of [
      ['/_astro/a.css'],
      ['/_astro/a.css', '/_astro/gone.css'],
      ['/_astro/a.css', '/_astro/c.css'],
    ])
      expect(await withOneStyleSheet(head(hrefs), readSheet, write)).toBe(head(hrefs));
  });
});
