// Used at build time by the hosting integration: writes a gzip and a brotli copy next to every
// text file worth it, on every core, and keeps the copies of unchanged files between builds.
//
// - Work: zlib's async API runs on libuv's thread pool (4 threads), so a sliding pool of a few
//   files at a time keeps every core busy while this thread reads, hashes and writes.
// - Skipped: files under `minimumBytes` (nginx gzips those on the fly, see
//   deploy/nginx/kit-server.conf) and copies that are not at least 10 % smaller.
// - Cache: a copy is stored under `<cacheDir>/compress/` by the SHA-256 of the file's bytes and
//   the settings; a later build links it into the build folder (a hard link: one call per copy,
//   where copying took six) instead of compressing again. The cache folder is listed once per
//   pass, not looked up per copy. Entries this build did not use are removed at the end, so the
//   cache holds one build's worth.
// - Brotli quality per kind of file, measured on this site's build (2 cores, December 2026; sum
//   of the compressed sizes and the time to compress every file of the kind, one after the other):
//
//     kind                         q5            q6            q9             q10           q11
//     HTML, 235 pages, 3,112 KB    750 KB 0.25 s 747 KB 0.19 s 745 KB 1.8 s   703 KB 2.7 s  692 KB 5.2 s
//     _astro JS, 31 files, 896 KB  280 KB 0.04 s 278 KB 0.05 s 276 KB 0.87 s  265 KB 0.98 s 261 KB 2.8 s
//     CSS, 9 files, 90 KB          20 KB         20 KB         20 KB 0.01 s   19 KB 0.19 s  19 KB 0.30 s
//
//   Quality 9 costs 7–10× quality 6 for 0.3 % fewer bytes. Pages are many (two per slide) and
//   change with every text edit: quality 6. The hashed `_astro/` files are few, the same for
//   every page, cached by browsers for a year and by this cache between builds: quality 10
//   (4 % smaller than 9 at the same time; 11 takes three times as long for 1.5 % more).
//   Large files (the offline decks, half a megabyte of inlined fonts, downloaded rarely): 5.
//   gzip level 9 costs no more than level 6 on these files (0.06 s for the JS) and is kept.
// - Early start (`cacheWarmer`): Astro renders pages on one thread, so while it does, the other
//   core compresses each page as it is rendered (and the bundled `_astro/` files) into the cache,
//   from a queue that never holds the renderer up; the pass after the build then mostly links.
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Smaller files fit in one network packet compressed or not; nginx gzips them on the fly. */
export const minimumBytes = 1024;
/** Above this a file is one of the offline decks: fast setting. */
const largeBytes = 256 * 1024;
/** A copy must be this much smaller than the file to be worth its disk space. */
const gainRatio = 0.9;

/** Brotli quality for `file` (a path relative to the build folder) of `size` bytes. */
export function brotliQuality(file: string, size: number): number {
  if (size > largeBytes) return 5;
  if (file.startsWith(`_astro${sep}`) || file.startsWith('_astro/')) return 10;
  return 6;
}

/** The smallest brotli window that holds the whole file: less memory to set up per file. */
function brotliWindow(size: number): number {
  return Math.min(24, Math.max(16, Math.ceil(Math.log2(size + 1))));
}

export interface PrecompressResult {
  /** Files looked at (of a compressible kind). */
  files: number;
  /** .gz and .br files written. */
  written: number;
  /** Copies taken from the cache instead of compressed. */
  reused: number;
  /** Copies compressed in this build. */
  compressed: number;
}

interface Encoding {
  extension: 'gz' | 'br';
  key: string;
  encode: (bytes: Buffer) => Promise<Buffer>;
}

function encodingsFor(file: string, size: number): Encoding[] {
  const quality = brotliQuality(file, size);
  return [
    { extension: 'gz', key: 'g9', encode: (bytes) => gzipAsync(bytes, { level: 9 }) },
    {
      extension: 'br',
      key: `b${quality}`,
      encode: (bytes) =>
        brotliAsync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: quality,
            [constants.BROTLI_PARAM_LGWIN]: brotliWindow(size),
            [constants.BROTLI_PARAM_SIZE_HINT]: size,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
    },
  ];
}

/**
 * Compresses `bytes` with `encode` and stores the result in the cache as `name`, or an empty
 * `<name>.none` when the copy does not gain; returns the name stored and the copy if it gains.
 * The cache only saves time: a copy it cannot take costs the next build a compression.
 */
async function compressIntoCache(
  cacheDir: string,
  name: string,
  bytes: Buffer,
  encode: Encoding['encode'],
): Promise<{ stored: string; copy: Buffer | undefined }> {
  const copy = await encode(bytes);
  const gains = copy.length < bytes.length * gainRatio;
  const stored = gains ? name : `${name}.none`;
  // Written in place: the build folder links only to copies that were listed and linked, and this
  // name was not listed (or its file could not be linked).
  await writeFile(join(cacheDir, stored), gains ? copy : '').catch(() => undefined);
  return { stored, copy: gains ? copy : undefined };
}

/**
 * Compresses `bytes` (the content of `file`) into the cache, unless a copy is there already (`known`:
 * the cache's file names, kept up to date here): one encoding after the other, so that it takes
 * one core, not two.
 */
async function warmOne(cacheDir: string, known: Set<string>, file: string, bytes: Buffer): Promise<void> {
  const hash = createHash('sha256').update(bytes).digest('hex');
  for (const { extension, key, encode } of encodingsFor(file, bytes.length)) {
    const name = `${hash}.${key}.${extension}`;
    if (known.has(name) || known.has(`${name}.none`)) continue;
    known.add((await compressIntoCache(cacheDir, name, bytes, encode)).stored);
  }
}

/** The names of the files in `cacheDir` (created if missing): one listing instead of a look per copy. */
async function cacheNames(cacheDir: string): Promise<Set<string>> {
  await mkdir(cacheDir, { recursive: true });
  return new Set(await readdir(cacheDir));
}

/**
 * Puts the cached copy at `target`: a hard link (one call, no bytes copied; the cache and the
 * build folder are on one disk as a rule), or a copy where linking fails (another disk). The two
 * names share one file, so nothing may write into it: whatever is at `target` goes first.
 * False when neither works (the cached copy is gone or unreadable): then it is compressed again.
 */
async function placeCopy(cached: string, target: string): Promise<boolean> {
  try {
    await link(cached, target);
    return true;
  } catch {
    await unlink(target).catch(() => undefined);
    return link(cached, target)
      .catch(() => copyFile(cached, target))
      .then(
        () => true,
        () => false,
      );
  }
}

/** Writes `bytes` to a new file at `target`: never into a file that may be linked to the cache. */
async function writeNew(target: string, bytes: Buffer): Promise<void> {
  await unlink(target).catch(() => undefined);
  await writeFile(target, bytes);
}

export interface CacheWarmer {
  /**
   * Queues `bytes`, the content `file` (relative to the build folder) will have. Returns at once,
   * unless more than the queue's limit of bytes waits (then as soon as that is compressed).
   */
  add(file: string, bytes: Buffer): Promise<void>;
  /** Resolves when everything queued is in the cache. */
  done(): Promise<void>;
}

/**
 * Fills the cache `precompress` reads while the build still renders and writes other files, at
 * most `limit` files at a time. The renderer is not held up: pages wait in a queue (at most
 * `maxQueuedBytes`; beyond that `add` waits). One file at a time on a 2-core machine, its copies
 * one after the other (`warmOne`): one of libuv's four threads compresses, the others stay free for
 * the files Astro writes, and the renderer keeps the other core. A failure only costs the later
 * pass the time to compress that file itself.
 */
export function cacheWarmer(
  cacheDir: string,
  limit = Math.max(1, availableParallelism() - 1),
  maxQueuedBytes = 32 * 1024 * 1024,
): CacheWarmer {
  const ready = cacheNames(cacheDir);
  const running = new Set<Promise<void>>();
  const waiting: Array<{ file: string; bytes: Buffer }> = [];
  let queuedBytes = 0;
  const start = (): void => {
    while (running.size < limit && waiting.length > 0) {
      const { file, bytes } = waiting.shift()!;
      const job: Promise<void> = ready
        .then((known) => warmOne(cacheDir, known, file, bytes))
        .catch(() => undefined)
        .finally(() => {
          running.delete(job);
          queuedBytes -= bytes.length;
          start();
        });
      running.add(job);
    }
  };
  return {
    async add(file, bytes) {
      if (bytes.length < minimumBytes) return;
      while (queuedBytes > maxQueuedBytes && running.size > 0) await Promise.race(running);
      queuedBytes += bytes.length;
      waiting.push({ file, bytes });
      start();
    },
    async done() {
      while (running.size > 0) await Promise.all(running);
    },
  };
}

/** Cached copies are named `<sha256>.<settings>.<gz|br>`; `.none` marks a copy that did not gain. */
async function precompressFile(
  outDir: string,
  file: string,
  cacheDir: string,
  known: ReadonlySet<string>,
  used: Set<string>,
  result: PrecompressResult,
): Promise<void> {
  const path = join(outDir, file);
  const bytes = await readFile(path);
  if (bytes.length < minimumBytes) return;
  const hash = createHash('sha256').update(bytes).digest('hex');
  await Promise.all(
    encodingsFor(file, bytes.length).map(async ({ extension, key, encode }) => {
      const name = `${hash}.${key}.${extension}`;
      const cached = join(cacheDir, name);
      if (known.has(name) && (await placeCopy(cached, `${path}.${extension}`))) {
        used.add(name);
        result.reused += 1;
        result.written += 1;
        return;
      }
      if (known.has(`${name}.none`)) {
        used.add(`${name}.none`);
        result.reused += 1;
        return;
      }
      const { stored, copy } = await compressIntoCache(cacheDir, name, bytes, encode);
      result.compressed += 1;
      used.add(stored);
      if (copy === undefined) return;
      await writeNew(`${path}.${extension}`, copy);
      result.written += 1;
    }),
  );
}

/**
 * Writes `.gz` and `.br` copies of `files` (paths relative to `outDir`), at most `limit` files at
 * a time, reusing copies from `cacheDir`.
 */
export async function precompress(
  outDir: string,
  files: readonly string[],
  cacheDir: string,
  limit = 2 * availableParallelism(),
): Promise<PrecompressResult> {
  const known = await cacheNames(cacheDir);
  const result: PrecompressResult = { files: files.length, written: 0, reused: 0, compressed: 0 };
  const used = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      await precompressFile(outDir, file, cacheDir, known, used, result);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, files.length) }, worker));
  // Keep one build's worth: drop what this build did not ask for.
  const stale = (await readdir(cacheDir)).filter((name) => !used.has(name));
  await Promise.all(stale.map((name) => unlink(join(cacheDir, name)).catch(() => undefined)));
  return result;
}
