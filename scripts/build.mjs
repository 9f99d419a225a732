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
// The two V8 flags are not allowed in NODE_OPTIONS, hence this launcher (one small process besides the
// build). The build's output is the same with or without them.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** V8 flags for the Node process that runs the build. */
export const buildNodeFlags = ['--heap-growing-percent=20', '--max-semi-space-size=4'];
/** Environment for the build process (added to the caller's). */
export const buildEnv = {
  MIMALLOC_PURGE_DELAY: '0',
  RAYON_NUM_THREADS: '1',
  ROLLDOWN_WORKER_THREADS: '1',
  ROLLDOWN_MAX_BLOCKING_THREADS: '1',
};

/** Path of Astro's command-line entry, resolved from `root`. */
export function astroBin(root = process.cwd()) {
  return join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const child = spawn(process.execPath, [...buildNodeFlags, astroBin(), 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...buildEnv, ...process.env },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => {
    process.exitCode = code ?? (signal === null ? 1 : 128);
  });
}
