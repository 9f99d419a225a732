// A tiny static server for the built site (tests and bench): node scripts/serve.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { serverUrlLimit } from '../src/lib/remix/link-limits.ts';
import { errorPagePath } from '../src/lib/site/error-pages.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** Sends the site's Dutch page for a status (as nginx's error_page); plain text if not built. */
async function sendError(res, status, extra = {}) {
  const page = await readFile(join(root, status === 404 ? '404.html' : errorPagePath(status))).catch(
    () => `Fout ${status}`,
  );
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...extra }).end(page);
}

async function resolveFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

// The same longest address as nginx (src/lib/remix/link-limits.ts); GET and HEAD only.
createServer({ maxHeaderSize: serverUrlLimit * 4 }, async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    await sendError(res, 405, { allow: 'GET, HEAD' });
    return;
  }
  if ((req.url ?? '').length > serverUrlLimit) {
    await sendError(res, 414);
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = await resolveFile(url.pathname);
  if (file === undefined) {
    await sendError(res, 404);
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(await readFile(file));
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
