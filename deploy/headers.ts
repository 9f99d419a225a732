// The HTTP headers the site is served with, written once. Two outputs are made from it and
// nothing else: the nginx include (deploy/nginx.ts, for `npm run serve`, the tests and real
// servers) and `_headers` in the build output (src/integrations/hosting.ts, for static hosts
// such as Netlify or Cloudflare Pages). The Node fallback server reads that `_headers` file.
// Plain TypeScript without imports, so Node 24 runs it as it is (type stripping).

/** A Content-Security-Policy as directive → sources. */
export type Directives = Record<string, readonly string[]>;

/**
 * The inline style sheets a deck page adds while it runs (hash sources): the speaker view's
 * (an about:blank window that inherits the page's policy) and reveal.js's print view's.
 */
export interface PlayerInline {
  styles: string[];
}

/** What a response is, for its headers. */
export type RouteKind =
  /** Pages without anything special: home, story, slide pages, library, builder, … */
  | 'page'
  /**
   * The search page. Pagefind compiles its WebAssembly in a worker whose script comes from
   * /pagefind/, so the page itself needs no 'wasm-unsafe-eval' (security review, L11).
   */
  | 'search'
  /** Pages that start reveal.js: their speaker view and print view add their own style sheets. */
  | 'player'
  /** Hashed build assets (/_astro/): never change under their name. */
  | 'asset'
  /** The Pagefind bundle: not all of its names are hashed; its worker gets pagefindPolicy. */
  | 'search-data'
  /** The offline files: downloads, never shown as a page of the site. */
  | 'download'
  /** Other files at the top (favicon). */
  | 'file';

/** One rule: a URL pattern as static hosts write it (`/dir/*` or an exact path) and its headers. */
export interface HeaderRule {
  pattern: string;
  kind: RouteKind | 'common';
  headers: ReadonlyArray<readonly [name: string, value: string]>;
}

const self = "'self'";

/** The policy every page gets. No 'unsafe-inline' and no 'unsafe-eval' anywhere. */
export const basePolicy: Directives = {
  'default-src': ["'none'"],
  'script-src': [self],
  'style-src': [self],
  'img-src': [self, 'data:', 'blob:'],
  'font-src': [self],
  'connect-src': [self],
  'manifest-src': [self],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': [self],
  'frame-ancestors': [self],
};

/**
 * The policy of the Pagefind bundle: the worker that runs its script is governed by the policy
 * its script comes with, and only there is WebAssembly compiled ('wasm-unsafe-eval').
 */
export const pagefindPolicy: Directives = {
  'default-src': ["'none'"],
  'script-src': [self, "'wasm-unsafe-eval'"],
  'connect-src': [self],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': [self],
};

/** Headers on every response, whatever it is. */
export const commonHeaders: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self)',
  ],
  ['X-Frame-Options', 'SAMEORIGIN'],
];

/** Sent over HTTPS only (nginx adds it when the request came in over TLS; static hosts are HTTPS). */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

export const cacheControl = {
  /** HTML and unhashed files: kept, but checked with the server (ETag) on every use. */
  short: 'no-cache',
  /** Files whose name changes with their content. */
  immutable: 'public, max-age=31536000, immutable',
  /** The favicon: a day. */
  day: 'public, max-age=86400',
} as const;

/** Top-level folders of the build that are not plain pages. */
const folderKinds: Record<string, RouteKind> = {
  _astro: 'asset',
  pagefind: 'search-data',
  offline: 'download',
  zoeken: 'search',
  decks: 'player',
  presenteer: 'player',
  slides: 'player',
};

function withSources(policy: Directives, extra: Directives): Directives {
  const merged: Record<string, readonly string[]> = { ...policy };
  for (const [directive, sources] of Object.entries(extra))
    merged[directive] = [...(merged[directive] ?? []), ...sources];
  return merged;
}

/** Serialises a policy as a header value. */
export function serialisePolicy(policy: Directives): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** The policy of one kind of response. */
export function policyFor(kind: RouteKind, player: PlayerInline): Directives {
  switch (kind) {
    case 'search-data':
      return pagefindPolicy;
    case 'player':
      return withSources(basePolicy, { 'style-src': player.styles });
    case 'download':
      // Shown by no browser (attachment); the file carries its own policy in a meta tag.
      return { 'default-src': ["'none'"], sandbox: [] };
    default:
      return basePolicy;
  }
}

/** Hash source of a text as CSP writes it. */
export type HashText = (text: string) => string;

/** Headers of one kind of response (besides the common ones). */
export function headersFor(kind: RouteKind, player: PlayerInline): Array<readonly [string, string]> {
  const cache =
    kind === 'asset' ? cacheControl.immutable : kind === 'file' ? cacheControl.day : cacheControl.short;
  const headers: Array<readonly [string, string]> = [['Cache-Control', cache]];
  if (kind === 'asset' || kind === 'file') return headers;
  headers.push(['Content-Security-Policy', serialisePolicy(policyFor(kind, player))]);
  if (kind === 'download') headers.push(['Content-Disposition', 'attachment']);
  return headers;
}

/** One entry at the top of the build output. */
export interface TopEntry {
  name: string;
  directory: boolean;
}

/**
 * The rules for a build whose top level holds `entries`: first `/*` with the common headers,
 * then one rule per top-level folder or file. No two of those overlap, so every response gets
 * exactly one Content-Security-Policy and one Cache-Control on hosts that merge matching rules.
 */
export function headerRules(entries: readonly TopEntry[], player: PlayerInline): HeaderRule[] {
  const rules: HeaderRule[] = [
    {
      pattern: '/*',
      kind: 'common',
      headers: [...commonHeaders, ['Strict-Transport-Security', strictTransportSecurity]],
    },
  ];
  const sorted = [...entries]
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== '_headers')
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of sorted) {
    if (entry.directory) {
      const kind = folderKinds[entry.name] ?? 'page';
      rules.push({ pattern: `/${entry.name}/*`, kind, headers: headersFor(kind, player) });
    } else if (entry.name.endsWith('.html')) {
      if (/\.(?:gz|br)$/.test(entry.name)) continue;
      const paths = entry.name === 'index.html' ? ['/', '/index.html'] : [`/${entry.name}`];
      for (const pattern of paths) rules.push({ pattern, kind: 'page', headers: headersFor('page', player) });
    } else if (!/\.(?:gz|br)$/.test(entry.name)) {
      rules.push({ pattern: `/${entry.name}`, kind: 'file', headers: headersFor('file', player) });
    }
  }
  return rules;
}

/** The `_headers` file static hosts read. */
export function headersFile(rules: readonly HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Generated from deploy/headers.ts by the build: do not edit.\n${blocks.join('\n\n')}\n`;
}

/** Parses a `_headers` file back into rules (the Node fallback server uses this). */
export function parseHeadersFile(text: string): Array<{ pattern: string; headers: Array<[string, string]> }> {
  const rules: Array<{ pattern: string; headers: Array<[string, string]> }> = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule === undefined || colon < 0) continue;
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` pattern matches a URL path. */
export function patternMatches(pattern: string, path: string): boolean {
  if (pattern === '/*') return true;
  if (pattern.endsWith('/*')) return path.startsWith(pattern.slice(0, -1));
  return path === pattern;
}

const nginxQuote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The nginx include: one location per rule. nginx drops inherited add_header lines in a
 * location that has its own, so every location repeats the common headers. HSTS goes out over
 * HTTPS only ($kit_hsts is empty otherwise, and nginx sends no header with an empty value).
 */
export function nginxLocations(rules: readonly HeaderRule[]): string {
  const common = rules.find((rule) => rule.kind === 'common');
  const commonLines = (common?.headers ?? [])
    .filter(([name]) => name !== 'Strict-Transport-Security')
    .map(([name, value]) => `    add_header ${name} ${nginxQuote(value)} always;`);
  commonLines.push('    add_header Strict-Transport-Security $kit_hsts always;');
  const blocks: string[] = [];
  for (const rule of rules) {
    if (rule.kind === 'common') continue;
    const match = rule.pattern.endsWith('/*') ? `^~ ${rule.pattern.slice(0, -1)}` : `= ${rule.pattern}`;
    blocks.push(
      [
        `location ${match} {`,
        ...commonLines,
        ...rule.headers.map(([name, value]) => `    add_header ${name} ${nginxQuote(value)} always;`),
        '}',
      ].join('\n'),
    );
  }
  // Anything else (unknown paths end on the 404 page, which has its own location above).
  const fallback = rules.find((rule) => rule.pattern === '/404.html');
  blocks.push(
    [
      'location / {',
      ...commonLines,
      ...(fallback?.headers ?? []).map(
        ([name, value]) => `    add_header ${name} ${nginxQuote(value)} always;`,
      ),
      '}',
    ].join('\n'),
  );
  return `# Generated from deploy/headers.ts: do not edit.\n${blocks.join('\n\n')}\n`;
}

/** The http-level part of the include: the HSTS switch. */
export function nginxHttpLevel(): string {
  return [
    '# Generated from deploy/headers.ts: do not edit.',
    'map $scheme $kit_hsts {',
    `    https ${nginxQuote(strictTransportSecurity)};`,
    '    default "";',
    '}',
    '',
  ].join('\n');
}

/**
 * The policy of an offline file (a meta tag: no frame-ancestors or sandbox there). Its one
 * script and its style sheets (its own, the speaker view's) are allowed by hash; fonts and
 * images are data: URLs.
 */
export function offlinePolicy(inline: { scripts: string[]; styles: string[] }): string {
  return serialisePolicy({
    'default-src': ["'none'"],
    'script-src': inline.scripts,
    'style-src': inline.styles,
    'img-src': ['data:', 'blob:'],
    'font-src': ['data:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  });
}

/** Content types by file extension, for both servers. Everything else is application/octet-stream. */
export const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  txt: 'text/plain',
  csv: 'text/csv',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** Text types get `; charset=utf-8`. */
export const textTypes: readonly string[] = [
  'text/html',
  'text/css',
  'text/javascript',
  'text/plain',
  'text/csv',
  'application/json',
  'application/xml',
  'image/svg+xml',
];

/** Files worth compressing at build time (gzip and brotli next to the file). */
export const compressibleExtensions: readonly string[] = [
  'html',
  'css',
  'js',
  'mjs',
  'json',
  'txt',
  'xml',
  'svg',
];
