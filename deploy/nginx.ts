// nginx for the kit, from deploy/headers.ts. Two uses:
//   node deploy/nginx.ts includes [dist] [folder]   writes the generated include files for a
//                                                   real server (default deploy/nginx/generated)
//   node deploy/nginx.ts serve [dist] [port]        runs nginx in the foreground on 127.0.0.1
//                                                   with the kit's configuration (tests, serve)
// Run through npm (Node 24 strips the types). Exits with a Dutch message when nginx is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compressibleExtensions,
  contentTypes,
  headerRules,
  nginxHttpLevel,
  nginxLocations,
  textTypes,
} from './headers.ts';
import { playerInline } from './node.ts';
import { serverUrlLimit } from '../src/lib/remix/link-limits.ts';

const deployDir = dirname(fileURLToPath(import.meta.url));

/** Where Debian (and most distributions) put the brotli_static module. */
const brotliModules = [
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/lib64/nginx/modules/ngx_http_brotli_static_module.so',
];

export function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'])
    if (existsSync(candidate)) return candidate;
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function brotliModule(): string | undefined {
  return brotliModules.find((path) => existsSync(path));
}

/** The types block: our content types, charset for text, on-the-fly gzip for text. */
function typesInclude(): string {
  const byType = new Map<string, string[]>();
  for (const [extension, type] of Object.entries(contentTypes))
    byType.set(type, [...(byType.get(type) ?? []), extension]);
  const compressible = new Set(
    compressibleExtensions.map((extension) => contentTypes[extension]).filter((t) => t !== undefined),
  );
  compressible.delete('text/html'); // always on in nginx; naming it again warns
  return [
    '# Generated from deploy/headers.ts: do not edit.',
    'types {',
    ...[...byType].map(([type, extensions]) => `    ${type} ${extensions.join(' ')};`),
    '}',
    'default_type application/octet-stream;',
    'charset utf-8;',
    `charset_types ${textTypes.filter((type) => type !== 'text/html').join(' ')};`,
    `gzip_types ${[...compressible].join(' ')};`,
    '',
  ].join('\n');
}

/** Writes kit-http.conf (http level) and kit-locations.conf (server level) for the build in `dist`. */
export function writeIncludes(dist: string, folder: string): void {
  const entries = readdirSync(dist, { withFileTypes: true }).map((entry) => ({
    name: entry.name,
    directory: entry.isDirectory(),
  }));
  const rules = headerRules(entries, playerInline());
  mkdirSync(folder, { recursive: true });
  // Every link the builder makes fits the request line (src/lib/remix/link-limits.ts).
  const buffers = `# The longest address the kit accepts (src/lib/remix/link-limits.ts).\nlarge_client_header_buffers 4 ${serverUrlLimit / 1024}k;\n`;
  writeFileSync(join(folder, 'kit-http.conf'), `${nginxHttpLevel()}\n${buffers}${typesInclude()}`);
  writeFileSync(join(folder, 'kit-locations.conf'), nginxLocations(rules));
}

/** A whole nginx.conf for one unprivileged nginx on the loopback address. */
export function localConfig({
  dist,
  port,
  prefix,
  workers = 1,
}: {
  dist: string;
  port: number;
  prefix: string;
  workers?: number;
}): string {
  const brotli = brotliModule();
  if (brotli === undefined)
    throw new Error('De brotli-module van nginx ontbreekt: draai bash scripts/ensure-nginx.sh.');
  return [
    `load_module ${brotli};`,
    `worker_processes ${workers};`,
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 512; }',
    'http {',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (name) => `    ${name}_temp_path ${join(prefix, 'temp', name)};`,
    ),
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_timeout 65;',
    `    include ${join(prefix, 'kit-http.conf')};`,
    '    server {',
    `        listen 127.0.0.1:${port};`,
    '        server_name localhost;',
    `        root ${dist};`,
    `        include ${join(deployDir, 'nginx', 'kit-server.conf')};`,
    `        include ${join(prefix, 'kit-locations.conf')};`,
    '    }',
    '}',
    '',
  ].join('\n');
}

/** Prepares a prefix folder for `dist` on `port` and returns the nginx arguments to run it. */
export function prepareLocal(dist: string, port: number, workers = 1): { binary: string; args: string[] } {
  const binary = nginxBinary();
  if (binary === undefined) throw new Error('nginx ontbreekt: draai bash scripts/ensure-nginx.sh.');
  const prefix = resolve('.tmp', `nginx-${port}`);
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  writeIncludes(dist, prefix);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, localConfig({ dist, port, prefix, workers }));
  return { binary, args: ['-p', prefix, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'] };
}

/** Runs nginx in the foreground until this process is told to stop. */
export function serveWithNginx(dist: string, port: number, workers = 1): void {
  const { binary, args } = prepareLocal(dist, port, workers);
  const test = spawnSync(binary, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx weigert de configuratie:\n${test.stderr}`);
  const child = spawn(binary, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  console.log(`nginx serveert ${dist} op http://127.0.0.1:${port}/`);
  const stop = () => child.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, distArg, other] = process.argv.slice(2);
  const dist = resolve(distArg ?? process.env['KIT_OUT_DIR'] ?? 'dist');
  if (command === 'includes') {
    const folder = resolve(other ?? join(deployDir, 'nginx', 'generated'));
    writeIncludes(dist, folder);
    console.log(`nginx-bestanden geschreven in ${folder}`);
  } else if (command === 'serve') {
    serveWithNginx(dist, Number(other ?? 4321));
  } else {
    console.error('Gebruik: node deploy/nginx.ts includes|serve [dist] [map|poort]');
    process.exit(2);
  }
}
