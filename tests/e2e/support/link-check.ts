// Checks the links of a built site without a browser: every internal href or src must name a
// built file, every #anchor an element id on the target page, and every reveal.js deep link
// (`/decks/x/#/slide-id`) a slide section of that deck.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A built site: every file path (`verhaal/index.html`, `_astro/x.css`) and the text of its HTML files. */
export interface BuiltSite {
  files: Set<string>;
  html: Map<string, string>;
}

export function readBuiltSite(dir: string): BuiltSite {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name).slice(dir.length).replace(/\\/g, '/').replace(/^\/+/, ''),
    );
  const html = new Map(
    files
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
  );
  return { files: new Set(files), html };
}

const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1)))
      : (entities[name] ?? whole),
  );

/** The markup without the text of inline scripts, which may hold strings that look like attributes. */
const withoutScriptText = (html: string) =>
  html.replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, '<script$1></script>');

/** Every href and src value in a page, decoded. */
export function linksIn(html: string): string[] {
  return [...withoutScriptText(html).matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/** Every element id in a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...withoutScriptText(html).matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** The page URL of a built HTML file: `verhaal/index.html` → `/verhaal/`. */
function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file a site path names, if any: a file itself, or a folder's index.html. */
function fileFor(pathname: string, files: Set<string>): string | undefined {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/'))
    return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  return files.has(path) ? path : undefined;
}

/** Every broken internal link of the site, as "page → link: what is wrong". */
export function brokenLinks(site: BuiltSite): string[] {
  const origin = 'http://site.invalid';
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let found = idCache.get(file);
    if (found === undefined) idCache.set(file, (found = idsIn(site.html.get(file) ?? '')));
    return found;
  };
  const problems: string[] = [];
  for (const [file, html] of site.html) {
    const page = urlOf(file);
    for (const link of new Set(linksIn(html))) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link) && !link.startsWith(origin)) continue; // another site, mail, data
      const target = new URL(link, `${origin}${page}`);
      const targetFile = fileFor(target.pathname, site.files);
      if (targetFile === undefined) {
        problems.push(`${page} → ${link}: no such file`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment === '') continue;
      if (!site.html.has(targetFile)) {
        problems.push(`${page} → ${link}: anchor on a file that is not a page`);
      } else if (fragment.startsWith('/')) {
        const slideId = fragment.slice(1);
        const deck = site.html.get(targetFile) ?? '';
        const isDeck = /class="reveal"/.test(deck);
        if (
          !isDeck ||
          !new RegExp(`<section\\b[^>]*\\sid="${slideId.replace(/[^\w-]/g, '\\$&')}"`).test(deck)
        ) {
          problems.push(`${page} → ${link}: no slide "${slideId}" in that deck`);
        }
      } else if (!ids(targetFile).has(fragment)) {
        problems.push(`${page} → ${link}: no element with id "${fragment}"`);
      }
    }
  }
  return problems.sort();
}
