// `npm run build`: runs `astro build` (arguments passed on) in a Node process set up to hold
// less memory. Measured with `npm run bench -- --scale=1000` (scripts/bench-scale.mjs), a cold
// build with 1,000 extra slides peaked at 1.1–1.2 GiB resident, of which the V8 heap was
// 350–420 MB with a live set of 150–320 MB: V8 sizes its heap for a machine with plenty of
// memory and lets it grow to about twice what survives a collection. The rest is native: the
// bundler's (Rolldown, mimalloc) and the binaries' code.
//
// - `--heap-growing-percent=20`: after each full collection the heap may grow by 20 % over what
//   survived, instead of V8's dynamic factor of up to 100 %. A soft setting, no ceiling: a site
//   of any size gets the heap it needs, only collected more often.
// - `--max-semi-space-size=4`: the young generation (objects that die young, most of a page's
//   render) in two 4 MB halves instead of up to 32 MB each.
// - `MIMALLOC_PURGE_DELAY=0`: Rolldown's allocator (mimalloc) gives memory it freed back to the
//   system at once instead of keeping it for a while for reuse.
// - `RAYON_NUM_THREADS=1`, `ROLLDOWN_WORKER_THREADS=1`, `ROLLDOWN_MAX_BLOCKING_THREADS=1`: Rolldown
//   bundles on one thread. Each of its threads kept a heap of its own in mimalloc, and what those
//   held stayed resident after the bundle (about 100 MB at 1,000 extra slides). Measured on this
//   loaded 2-core machine, the whole build took no longer (160 s against 164 s).
// - `MIMALLOC_ALLOW_THP=0`: mimalloc asks for no transparent huge pages. By default it marks its
//   arena (a 1 GiB reservation) for huge pages, and a 2 MB page stays resident whole as long as a
//   byte of it is in use: at 1,000 extra slides 80 MB of the arena's 190 MB were huge pages, and
//   the build's peak fell from 0.66–0.67 GB to 0.53–0.55 GB without them, in no more time.
// The two V8 flags are not allowed in NODE_OPTIONS, hence this launcher (one small process besides the
// build). The build's output is the same with or without them.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** V8 flags for the Node process that runs the build. */
export const buildNodeFlags = ['--heap-growing-percent=20', '--max-semi-space-size=4'];
/** Environment for the build process (added to the caller's). */
export const buildEnv = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ALLOW_THP: '0',
  RAYON_NUM_THREADS: '1',
  ROLLDOWN_WORKER_THREADS: '1',
  ROLLDOWN_MAX_BLOCKING_THREADS: '1',
};

/** Path of Astro's command-line entry, resolved from `root`. */
export function astroBin(root = process.cwd()) {
  return join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

// Astro lists every page it writes, one line each: at scale, thousands of lines that bury the
// warnings and our integrations' figures. The launcher folds that list into one line per
// top folder (`/slides/: 2123 pagina's in 9846 ms`); `--verbose` or KIT_BUILD_LOG=full keeps it.

/** A line of Astro's page list: `12:00:00   ├─ /slides/x/index.html (+13ms)`. */
const pageLine = /^(?:\d\d:\d\d:\d\d)?\s+[├└]─ (\/\S*)(?:\s+\(\+([\d.]+)(m?s)\))?/;

/**
 * A line filter: `line` takes one line of Astro's output (without its newline) and passes it on
 * to `write`, except lines of the page list, which are counted per top folder and written as
 * one line each when the list ends (at the next other line, or at `end`).
 */
export function pageListFolder(write) {
  /** Per top folder, in the order first seen: pages and milliseconds. */
  let folders = new Map();
  const flush = () => {
    for (const [folder, { pages, ms }] of folders)
      write(`  ├─ ${folder}: ${pages} ${pages === 1 ? 'pagina' : "pagina's"} in ${Math.round(ms)} ms`);
    folders = new Map();
  };
  return {
    line(text) {
      const match = pageLine.exec(stripVTControlCharacters(text));
      if (match === null) {
        flush();
        write(text);
        return;
      }
      // `/slides/x/index.html` → `/slides/`; `/404.html` → `/`.
      const folder = /^\/[^/]+\//.exec(match[1])?.[0] ?? '/';
      const ms = match[2] === undefined ? 0 : Number(match[2]) * (match[3] === 's' ? 1000 : 1);
      const seen = folders.get(folder) ?? { pages: 0, ms: 0 };
      folders.set(folder, { pages: seen.pages + 1, ms: seen.ms + ms });
    },
    end: flush,
  };
}

/** `log` with Astro's page list folded, as `npm run build` prints it. */
export function foldedLog(log) {
  const lines = [];
  const folder = pageListFolder((line) => lines.push(line));
  for (const line of log.split('\n')) folder.line(line);
  folder.end();
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const full = args.includes('--verbose') || process.env.KIT_BUILD_LOG === 'full';
  const child = spawn(process.execPath, [...buildNodeFlags, astroBin(), 'build', ...args], {
    stdio: full ? 'inherit' : ['inherit', 'pipe', 'inherit'],
    env: {
      ...buildEnv,
      // Astro colours its log only on a terminal; through the pipe it would see none.
      ...(process.stdout.isTTY && process.env.NO_COLOR === undefined ? { FORCE_COLOR: '1' } : {}),
      ...process.env,
    },
  });
  if (!full) {
    const folder = pageListFolder((line) => process.stdout.write(`${line}\n`));
    let rest = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) folder.line(line);
    });
    child.stdout.on('end', () => {
      if (rest !== '') folder.line(rest);
      folder.end();
    });
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => {
    process.exitCode = code ?? (signal === null ? 1 : 128);
  });
}
