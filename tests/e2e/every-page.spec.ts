// Sweeps every page the build emitted: WCAG 2.1 AA (axe) and no request to any other host.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, distDir, isDeckPage } from './support/site-pages';

const pages = builtPages();

test('the build emitted pages of every kind', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/verhaal/', '/decks/', '/slides/', '/maak/']));
  expect(pages.some(isDeckPage)).toBe(true);
});

for (const path of pages) {
  test(`${path} meets WCAG 2.1 AA and requests nothing from another host`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (
        url.startsWith(origin) ||
        url.startsWith('data:') ||
        url.startsWith('blob:') ||
        url === 'about:blank'
      )
        return route.continue();
      foreign.push(url);
      return route.abort();
    });
    // Without motion, axe never measures contrast halfway through a fade or a slide transition.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(path);
    if (isDeckPage(path)) await expect(page.locator('html[data-deck-ready]')).toHaveCount(1);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });
}

test('no built file loads a script, style, font or frame from another host', () => {
  const offending: string[] = [];
  const remoteLoad = [
    /<(?:script|img|iframe|video|audio|source|embed)\b[^>]*\bsrc=["']?(?:https?:)?\/\//gi,
    /<link\b[^>]*\bhref=["']?(?:https?:)?\/\/[^>]*>/gi,
    /@import\s+(?:url\()?["']?(?:https?:)?\/\//gi,
    /url\(\s*["']?(?:https?:)?\/\//gi,
  ];
  const files = builtFiles();
  for (const file of files) {
    const text = readFileSync(join(distDir, file), 'utf8');
    for (const pattern of remoteLoad) {
      for (const match of text.matchAll(pattern)) {
        // <link rel="canonical"> and similar metadata point elsewhere without loading anything.
        if (/rel=["']?(?:canonical|alternate)/.test(match[0])) continue;
        offending.push(`${file}: ${match[0].slice(0, 120)}`);
      }
    }
  }
  expect(files.length).toBeGreaterThan(0);
  expect(offending).toEqual([]);
});

function builtFiles(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|css)$/.test(f));
}

test('every page fetches the code it needs in one round: its scripts name every chunk they reach', () => {
  // Without this a script that imports a chunk that imports another costs one round trip per
  // level before the page works (src/integrations/hoist-imports.ts).
  const importsOf = (file: string): string[] => {
    const code = readFileSync(join(distDir, file), 'utf8');
    const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g);
    return [...found].map((m) => join(file, '..', m[1]!));
  };
  const late: string[] = [];
  for (const path of pages) {
    const html = readFileSync(
      join(distDir, path.endsWith('/') ? `${path}index.html` : `${path}.html`),
      'utf8',
    );
    for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\/([^"]+)"/g)) {
      const entry = m[1]!;
      const direct = new Set(importsOf(entry));
      const queue = [...direct];
      const seen = new Set(queue);
      while (queue.length > 0) {
        for (const next of importsOf(queue.pop()!)) {
          if (seen.has(next) || next === entry) continue;
          seen.add(next);
          queue.push(next);
          if (!direct.has(next)) late.push(`${path}: ${entry} → … → ${next}`);
        }
      }
    }
  }
  expect([...new Set(late)]).toEqual([]);
});
