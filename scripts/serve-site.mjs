// Serves the built site as it is hosted: `npm run serve [-- dir port]`. With nginx (and its
// brotli_static module) it runs nginx with deploy/'s configuration; without, a Node server that
// reads the same headers from the build's `_headers` file (made from deploy/headers.ts), sends
// the precompressed .br/.gz copies and the site's 404 page. Loopback only.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { contentTypes, parseHeadersFile, patternMatches, textTypes } from '../deploy/headers.ts';
import { brotliModule, nginxBinary, serveWithNginx } from '../deploy/nginx.ts';
import { serverUrlLimit } from '../src/lib/remix/link-limits.ts';
import { errorPagePath } from '../src/lib/site/error-pages.ts';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const root = resolve(args[0] ?? process.env.KIT_OUT_DIR ?? 'dist');
const port = Number(args[1] ?? 4321);
const forceNode = process.argv.includes('--node');

if (!existsSync(join(root, '_headers'))) {
  console.error(`Geen build in ${root} (of een build zonder _headers): draai eerst npm run build.`);
  process.exit(1);
}

if (!forceNode && nginxBinary() !== undefined && brotliModule() !== undefined) {
  serveWithNginx(root, port);
} else {
  if (!forceNode) console.log('nginx (met brotli_static) ontbreekt: de Node-server stuurt dezelfde headers.');
  serveWithNode();
}

function serveWithNode() {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const headersFor = (path) => {
    const headers = {};
    for (const rule of rules.filter((r) => patternMatches(r.pattern, path)))
      for (const [name, value] of rule.headers) {
        // HSTS means nothing over plain HTTP on the loopback address.
        if (name !== 'Strict-Transport-Security') headers[name] = value;
      }
    return headers;
  };
  const typeOf = (file) => {
    const type = contentTypes[extname(file).slice(1)] ?? 'application/octet-stream';
    return textTypes.includes(type) ? `${type}; charset=utf-8` : type;
  };
  const fileFor = (pathname) => {
    let path;
    try {
      path = normalize(decodeURIComponent(pathname));
    } catch {
      return undefined;
    }
    const file = join(root, path);
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    if (!existsSync(file) || path.endsWith(`${sep}_headers`)) return undefined;
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      const index = join(file, 'index.html');
      return existsSync(index) ? { file: index, path: `${pathname}index.html` } : undefined;
    }
    return { file, path: pathname };
  };

  // The site's error page for a status (as nginx's error_page), with the page's headers.
  const errorPage = (status) => {
    const path = status === 404 ? '/404.html' : errorPagePath(status);
    return { file: join(root, path), path };
  };
  // As nginx: the same longest address (src/lib/remix/link-limits.ts), room for other headers.
  createServer({ maxHeaderSize: serverUrlLimit * 4 }, (req, res) => {
    let found;
    let status = 200;
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      url = undefined;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      status = 405;
      res.setHeader('Allow', 'GET, HEAD');
    } else if ((req.url ?? '').length > serverUrlLimit) status = 414;
    else if (url === undefined) status = 400;
    else found = fileFor(url.pathname);
    if (found?.redirect !== undefined) {
      // Never a protocol-relative `//host/…` Location: that would lead off-site.
      const location = `/${found.redirect.replace(/^[/\\]+/, '')}`;
      res.writeHead(301, { Location: location + url.search, ...headersFor(url.pathname) }).end();
      return;
    }
    if (found === undefined) {
      if (status === 200) status = 404;
      found = errorPage(status);
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const headers = {
      'Content-Type': typeOf(found.file),
      Vary: 'Accept-Encoding',
      ...headersFor(found.path),
    };
    let body = found.file;
    if (/\bbr\b/.test(accepts) && existsSync(`${found.file}.br`)) {
      body = `${found.file}.br`;
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts) && existsSync(`${found.file}.gz`)) {
      body = `${found.file}.gz`;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = statSync(body).size;
    res.writeHead(status, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(body).pipe(res);
  }).listen(port, '127.0.0.1', () =>
    console.log(`De verhaalkit staat op http://127.0.0.1:${port}/ (Node-server)`),
  );
}
