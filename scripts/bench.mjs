// Prints the kit's speed and size figures: build wall time, page count, and the gzipped
// JS/CSS/font bytes each kind of page loads. Usage: npm run bench [-- --no-build]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const skipBuild = process.argv.includes('--no-build');

function buildSite() {
  const started = performance.now();
  const result = spawnSync(join('node_modules', '.bin', 'astro'), ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('De build is mislukt; zie de meldingen hierboven.');
  return (performance.now() - started) / 1000;
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const fileOf = (url) => join(dist, decodeURIComponent(url.split(/[?#]/)[0]));

/** Every JS module an entry loads statically, following relative imports. */
function jsClosure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop();
    if (seen.has(url) || !existsSync(fileOf(url))) continue;
    seen.add(url);
    const code = readFileSync(fileOf(url), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      if (m[1].startsWith('.') || m[1].startsWith('/')) queue.push(posix.resolve(posix.dirname(url), m[1]));
    }
  }
  return [...seen];
}

/** Gzipped bytes of what a page loads before any interaction. */
export function pageWeight(htmlPath) {
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  for (const code of inlineScripts) {
    for (const m of code.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) scripts.push(m[1]);
  }
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => m[1] ?? m[2]);
  const js = jsClosure(scripts).reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0) + inlineScripts.reduce((s, c) => s + gz(Buffer.from(c)), 0);
  const css = styles.reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0);
  const fonts = new Set();
  for (const url of styles) {
    for (const m of readFileSync(fileOf(url), 'utf8').matchAll(/url\(([^)]+\.woff2)\)/g)) fonts.add(posix.resolve(posix.dirname(url), m[1].replace(/["']/g, '')));
  }
  const fontBytes = [...fonts].reduce((sum, url) => sum + readFileSync(fileOf(url)).length, 0);
  return { js, css, fonts: fontBytes, html: gz(Buffer.from(html)) };
}

function pages() {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

const buildSeconds = skipBuild ? undefined : buildSite();
const all = pages();
const firstSlidePage = all.find((f) => /^slides\/[^/]+\/index\.html$/.test(f));
const kinds = [
  ['home', 'index.html'],
  ['deck (het-verhaal)', 'decks/het-verhaal/index.html'],
  ['slide page', firstSlidePage],
  ['story', 'verhaal/index.html'],
];

console.log('Kansrijke Start verhaalkit: benchmark');
console.log(`build wall time: ${buildSeconds === undefined ? '(skipped)' : `${buildSeconds.toFixed(1)} s`}`);
console.log(`pages: ${all.length}`);
console.log('');
console.log('gzipped bytes loaded on first view (fonts: woff2 as served, cached across pages)');
console.log(['kind', 'HTML', 'JS', 'CSS', 'fonts'].map((h, i) => (i === 0 ? h.padEnd(22) : h.padStart(10))).join(''));
for (const [label, path] of kinds) {
  if (path === undefined || !existsSync(join(dist, path))) {
    console.log(`${label.padEnd(22)}(niet gebouwd)`);
    continue;
  }
  const w = pageWeight(path);
  console.log(`${label.padEnd(22)}${[w.html, w.js, w.css, w.fonts].map((b) => kb(b).padStart(10)).join('')}`);
}
