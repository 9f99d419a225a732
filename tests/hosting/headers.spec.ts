// What nginx sends, checked over HTTP against the build: policy per kind of page, caching,
// precompressed files sent as they are, the site's 404 page, offline files as downloads, and
// the same headers as the `_headers` file static hosts read.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { parseHeadersFile, patternMatches } from '../../deploy/headers';
import { builtPages, distDir } from '../e2e/support/site-pages';

const csp = (response: Pick<APIResponse, 'headers'>) => response.headers()['content-security-policy'] ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1);

test('every page gets a strict Content-Security-Policy: no inline code, no WebAssembly', async ({
  request,
}) => {
  const problems: string[] = [];
  for (const path of builtPages()) {
    const response = await request.get(path);
    const policy = csp(response);
    if (response.status() !== (path === '/404' ? 404 : 200))
      problems.push(`${path}: status ${response.status()}`);
    if (/unsafe-inline|'unsafe-eval'/.test(policy)) problems.push(`${path}: ${policy}`);
    for (const [name, value] of [
      ['object-src', "'none'"],
      ['base-uri', "'none'"],
      ['default-src', "'none'"],
    ] as const)
      if (directive(policy, name)?.join(' ') !== value) problems.push(`${path}: ${name} is not ${value}`);
    for (const name of ['frame-ancestors', 'form-action'])
      if (directive(policy, name) === undefined) problems.push(`${path}: no ${name}`);
    // Pagefind compiles its WebAssembly in its worker (under /pagefind/'s own policy): no page needs it.
    if (directive(policy, 'script-src')?.includes("'wasm-unsafe-eval'") ?? false)
      problems.push(`${path}: 'wasm-unsafe-eval' allowed`);
  }
  expect(problems).toEqual([]);
});

test('the Pagefind bundle has a policy of its own: its worker may compile WebAssembly, nothing else', async ({
  request,
}) => {
  for (const path of [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
  ]) {
    const policy = csp(await request.get(path));
    expect(directive(policy, 'default-src'), path).toEqual(["'none'"]);
    expect(directive(policy, 'script-src'), path).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directive(policy, 'connect-src'), path).toEqual(["'self'"]);
  }
});

test('every response says nosniff, no referrer and which browser features stay off; HSTS only over HTTPS', async ({
  request,
}) => {
  for (const path of ['/', '/zoeken/', '/decks/het-verhaal/', '/favicon.svg', '/bestaat-niet/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    // This server is plain HTTP on the loopback address: a browser ignores HSTS there anyway.
    expect(headers['strict-transport-security'], path).toBeUndefined();
  }
});

test('hashed assets are cached for a year, pages are checked with the server on every visit', async ({
  request,
}) => {
  const asset = readdirSync(join(distDir, '_astro')).find((f) => f.endsWith('.css'))!;
  const assetResponse = await request.get(`/_astro/${asset}`);
  expect(assetResponse.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const page = await request.get('/verhaal/');
  expect(page.headers()['cache-control']).toBe('no-cache');
  const etag = page.headers()['etag']!;
  expect(etag).toBeTruthy();
  const again = await request.get('/verhaal/', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('the brotli and gzip copies written at build time are sent as they are', async ({
  playwright,
  baseURL,
}) => {
  // A raw request context that does not ask for or undo compression by itself.
  const raw = await playwright.request.newContext({ baseURL: baseURL! });
  const script = readdirSync(join(distDir, '_astro')).find(
    (f) => f.endsWith('.js') && statSync(join(distDir, '_astro', f)).size > 20_000,
  )!;
  for (const [path, file] of [
    ['/', 'index.html'],
    ['/decks/het-verhaal/', 'decks/het-verhaal/index.html'],
    [`/_astro/${script}`, `_astro/${script}`],
  ] as const) {
    for (const [encoding, extension] of [
      ['br', 'br'],
      ['gzip', 'gz'],
    ] as const) {
      const response = await raw.get(path, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers()['content-encoding'], `${path} ${encoding}`).toBe(encoding);
      expect(Number(response.headers()['content-length']), `${path} ${encoding}`).toBe(
        statSync(join(distDir, `${file}.${extension}`)).size,
      );
      expect(response.headers()['vary'], `${path} ${encoding}`).toContain('Accept-Encoding');
    }
  }
  await raw.dispose();
});

test('an unknown address shows the site’s own 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    readFileSync(join(distDir, '404.html'), 'utf8')
      .match(/<h1[^>]*>([^<]*)<\/h1>/)![1]!
      .trim(),
  );
  expect(csp(response!)).toContain("default-src 'none'");
});

test('an offline file is sent as a download, and carries its own policy inside', async ({ request }) => {
  const response = await request.get('/offline/het-verhaal.html');
  expect(response.headers()['content-disposition']).toBe('attachment');
  const html = await response.text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  expect(meta).toMatch(/script-src 'sha256-[^']+'/);
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).toContain("default-src 'none'");
});

/** An address that a `_headers` rule covers: the folder's page, else its first file, else its first page. */
function sampleFor(pattern: string): string {
  if (!pattern.endsWith('/*')) return pattern;
  const folder = pattern.slice(1, -2);
  if (statSync(join(distDir, folder, 'index.html'), { throwIfNoEntry: false })) return `/${folder}/`;
  const entries = readdirSync(join(distDir, folder), { withFileTypes: true });
  const file = entries.find((f) => f.isFile() && !/\.(?:gz|br)$/.test(f.name));
  if (file !== undefined) return `/${folder}/${file.name}`;
  // A folder of pages only (such as /fout/400/): the first page in it.
  const page = entries.find(
    (f) =>
      f.isDirectory() && statSync(join(distDir, folder, f.name, 'index.html'), { throwIfNoEntry: false }),
  );
  if (page === undefined) throw new Error(`No file or page under /${folder}/ for the rule ${pattern}`);
  return `/${folder}/${page.name}/`;
}

test('nginx sends exactly the headers of the _headers file static hosts read, for every rule in it', async ({
  request,
}) => {
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  expect(rules.length).toBeGreaterThan(10);
  const differences: string[] = [];
  for (const rule of rules.filter((r) => r.pattern !== '/*')) {
    const path = sampleFor(rule.pattern);
    const sent = (await request.get(path)).headers();
    for (const matching of rules.filter((r) => patternMatches(r.pattern, path))) {
      for (const [name, value] of matching.headers) {
        if (name === 'Strict-Transport-Security') continue; // HTTPS only, see above
        if (sent[name.toLowerCase()] !== value)
          differences.push(`${path} ${name}: nginx "${sent[name.toLowerCase()]}", _headers "${value}"`);
      }
    }
  }
  expect(differences).toEqual([]);
});
