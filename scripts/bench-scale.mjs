// `npm run bench -- --scale=1000`: the build at scale. Copies the project (without node_modules,
// dist, caches, .git) to a temporary folder, adds N clones of the real slides there (id
// `<base>-kloon-<i>`, title and summary marked, frontmatter and body otherwise unchanged, in no
// deck), builds cold under GNU time, prints pages/s, peak memory and the share of each build
// phase (from Astro's own log lines), then removes the folder. The work tree is only read.
// The build runs as `npm run build` runs it (scripts/build.mjs: the same V8 flags and
// environment), but directly under GNU time, so its peak is the build's and not the launcher's.
//
// Peak memory, two measures: GNU time's maximum resident set of the largest single process (the
// figure held against the aim; it counts the pages of the node binary and native modules it
// maps too), and the sum over the process tree sampled every 100 ms (Astro's node, Pagefind's
// binary, esbuild's service), per phase and per program. The sum counts pages processes share
// (the node binary) once per process, so it reads high when several run at once.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { buildEnv, buildNodeFlags, foldedLog } from './build.mjs';

const skipped = new Set([
  'node_modules',
  'dist',
  '.git',
  '.astro',
  '.tmp',
  'test-results',
  'playwright-report',
  'reports',
  '.stryker-tmp',
  'sheets',
]);

/** Clone `n` slides into `slidesDir`, round-robin over the real ones. */
export function writeClones(slidesDir, n) {
  const bases = readdirSync(slidesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  for (let i = 1; i <= n; i += 1) {
    const base = bases[(i - 1) % bases.length];
    const source = readFileSync(join(slidesDir, base), 'utf8');
    const id = `${base.replace(/\.mdx$/, '')}-kloon-${i}`;
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    if (match === null) throw new Error(`${base}: geen frontmatter`);
    const data = yaml.load(match[1]);
    Object.assign(data, {
      id,
      title: `${data.title} (kloon ${i})`,
      summary: `${data.summary} Kloon ${i} voor de schaaltest.`,
    });
    writeFileSync(
      join(slidesDir, `${id}.mdx`),
      `---\n${yaml.dump(data, { lineWidth: -1 })}---${source.slice(match[0].length)}`,
    );
  }
}

/** A copy of the project in a new temporary folder, with node_modules as per-package links. */
function copyProject(root) {
  const dir = mkdtempSync(join(tmpdir(), 'verhaalkit-scale-'));
  for (const entry of readdirSync(root)) {
    if (skipped.has(entry)) continue;
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  // Links per package, so Astro's and Vite's caches are written in the copy, not in the work tree.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (['.astro', '.vite', '.cache'].includes(entry)) continue;
    symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Seconds of a duration as Astro and the integrations print it: `850ms`, `3.05s`, `12717 ms`, `3m 21s`. */
export function durationSeconds(text) {
  const m = /^(?:(\d+)m )?([\d.]+) ?(m?s)$/.exec(text.trim());
  if (m === null) return 0;
  return Number(m[1] ?? 0) * 60 + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
}

/** Seconds from Astro's log lines, by phase. */
export function phasesOf(log) {
  const d = String.raw`((?:\d+m )?[\d.]+ ?m?s)`;
  const seconds = (pattern, flags = '') => {
    const m = new RegExp(pattern, flags).exec(log);
    return m === null ? 0 : durationSeconds(m[1]);
  };
  const vite = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${d}`, 'g'))].map((m) =>
    durationSeconds(m[1]),
  );
  return {
    'types (astro sync)': seconds(String.raw`\[types\] Generated ${d}`),
    'collecting build info': seconds(String.raw`Collecting build info\.\.\.\n.*✓ Completed in ${d}`),
    'bundle (Vite/Rolldown)': vite.reduce((a, b) => a + b, 0),
    'page generation': seconds(String.raw`^[\d:]+ ✓ Completed in ${d}`, 'm'),
    'search index (Pagefind)': seconds(String.raw`zoekindex: .* in ${d}`),
    'offline decks': seconds(String.raw`offline: .* in ${d}`),
    precompression: seconds(String.raw`voorgecomprimeerde bestanden .* in ${d}`),
  };
}

/** Which phase a log line starts (names as in phasesOf). */
const phaseStarts = [
  [/\[content\] Syncing/, 'types (astro sync)'],
  [/Collecting build info/, 'collecting build info'],
  [/Building static entrypoints/, 'bundle (Vite/Rolldown)'],
  [/Rearranging server assets|generating static routes/, 'page generation'],
  [/\[build\] ✓ Completed in/, 'search index (Pagefind)'],
  [/\[verhaalkit:search-index\]/, 'offline decks'],
  [/\[verhaalkit:offline-decks\]/, 'precompression'],
];

/**
 * Runs the build, sampling the resident memory of the build process every 100 ms and filing
 * each sample under the phase whose start line was printed last.
 */
function runSampled(command, args, cwd) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...buildEnv, ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let log = '';
    let phase = 'types (astro sync)';
    const rssByPhase = new Map();
    /** Largest resident set seen per program (its command name), in KB. */
    const rssByProgram = new Map();
    /** Per phase, the largest resident set of a single process (what GNU time's peak counts). */
    const largestByPhase = new Map();
    let largest = 0;
    const onData = (chunk) => {
      const text = chunk.toString();
      log += text;
      for (const line of text.split('\n'))
        for (const [re, name] of phaseStarts) if (re.test(line)) phase = name;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const rssOf = (pid) => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? '?';
        if (name !== 'time') {
          rssByProgram.set(name, Math.max(rssByProgram.get(name) ?? 0, kb));
          largest = Math.max(largest, kb);
        }
        const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
        return kb + children.filter(Boolean).reduce((sum, c) => sum + rssOf(c), 0);
      } catch {
        return 0;
      }
    };
    const timer = setInterval(() => {
      largest = 0;
      const kb = rssOf(child.pid);
      rssByPhase.set(phase, Math.max(rssByPhase.get(phase) ?? 0, kb));
      largestByPhase.set(phase, Math.max(largestByPhase.get(phase) ?? 0, largest));
    }, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      resolveRun({ status, log, rssByPhase, rssByProgram, largestByPhase });
    });
  });
}

/**
 * Runs the scale build with `n` extra slides and prints its figures. The temporary copy is added
 * to `copies` for the caller to remove once every build has run (see scaleFromArgs).
 */
export async function scaleBench(root, n, copies = []) {
  const dir = copyProject(root);
  copies.push(dir);
  writeClones(join(dir, 'slides'), n);
  const timeFile = join(dir, '.time');
  const astro = join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const hasTime = existsSync('/usr/bin/time');
  const command = hasTime ? '/usr/bin/time' : process.execPath;
  const args = hasTime
    ? ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, ...buildNodeFlags, astro, 'build']
    : [...buildNodeFlags, astro, 'build'];
  const started = performance.now();
  const result = await runSampled(command, args, dir);
  const wall = (performance.now() - started) / 1000;
  const log = result.log;
  if (result.status !== 0) {
    console.log(log.split('\n').slice(-40).join('\n'));
    throw new Error('De schaalbuild is mislukt; zie de meldingen hierboven.');
  }
  const [, maxKb, user, sys] = hasTime
    ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
    : [wall, Number.NaN, Number.NaN, Number.NaN];
  const pages = Number(/(\d+) page\(s\) built in/.exec(log)?.[1] ?? Number.NaN);
  const html = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  ).length;
  const lines = foldedLog(log)
    .split('\n')
    .filter((line) => line.trim() !== '');
  const astroLines = log.split('\n').filter((line) => line.trim() !== '').length;
  const warnings = lines.filter((line) => /\bWARN\b/.test(line)).length;
  console.log(`build at scale: ${n} extra slides (clones), cold build in a temporary copy`);
  console.log(`pages built (Astro): ${pages}, HTML files: ${html}`);
  console.log(`wall time: ${wall.toFixed(1)} s, ${(pages / wall).toFixed(0)} pages/s (aim: 100 or more)`);
  console.log(
    `peak memory (max RSS, largest process): ${(maxKb / 1024 / 1024).toFixed(2)} GiB = ${((maxKb * 1024) / 1e9).toFixed(2)} GB (aim: 0.6 GB or less); CPU user ${user} s + system ${sys} s`,
  );
  console.log(
    `build log: ${lines.length} lines as npm run build prints it (page list folded per folder; ${astroLines} from Astro itself), ${warnings} warnings`,
  );
  console.log('phase                          seconds   share of wall time');
  let accounted = 0;
  for (const [phase, s] of Object.entries(phasesOf(log))) {
    accounted += s;
    console.log(
      `${phase.padEnd(30)}${s.toFixed(1).padStart(8)}${`${((100 * s) / wall).toFixed(0)} %`.padStart(10)}`,
    );
  }
  console.log(
    `max RSS sampled per phase (sum over the process tree): ${[...result.rssByPhase].map(([phase, kb]) => `${phase} ${(kb / 1024).toFixed(0)} MiB`).join(', ')}`,
  );
  console.log(
    `max RSS sampled per phase (largest process): ${[...result.largestByPhase].map(([phase, kb]) => `${phase} ${(kb / 1024).toFixed(0)} MiB`).join(', ')}`,
  );
  console.log(
    `max RSS sampled per program: ${[...result.rssByProgram].map(([name, kb]) => `${name} ${(kb / 1024).toFixed(0)} MiB`).join(', ')}`,
  );
  const rest = wall - accounted;
  console.log(
    `${'start, content sync, other'.padEnd(30)}${rest.toFixed(1).padStart(8)}${`${((100 * rest) / wall).toFixed(0)} %`.padStart(10)}`,
  );
  return { n, pages, wall, maxKb };
}

/** `--scale=1000` or `--scale=1000,4000`: one scale build per number, then the ratio of times. */
export async function scaleFromArgs(argv, root = resolve('.')) {
  const flag = argv.find((a) => a.startsWith('--scale='));
  if (flag === undefined) return false;
  const counts = flag
    .slice('--scale='.length)
    .split(',')
    .map(Number)
    .filter((x) => Number.isInteger(x) && x >= 0);
  if (counts.length === 0) throw new Error('Gebruik: npm run bench -- --scale=1000 (of --scale=1000,4000).');
  const runs = [];
  // The copies are removed only after the last build. On ext4 without a journal (these machines'
  // disk) the kernel does not hand out an inode freed in the last one to five minutes again: each
  // new file makes it step over every such inode of its block group, reading each one's
  // deletion time. A build right after removing a copy of some 7,000 files spent 3 s of kernel
  // time that way (perf: recently_deleted, find_inode_bit) and took 20-45 % longer; the next
  // scale's build ran straight after the previous copy was removed.
  const copies = [];
  try {
    for (const n of counts) {
      runs.push(await scaleBench(root, n, copies));
      console.log('');
    }
  } finally {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  }
  if (runs.length > 1) {
    const first = runs[0];
    for (const run of runs.slice(1))
      console.log(
        `t(${run.n})/t(${first.n}) = ${(run.wall / first.wall).toFixed(2)}, memory ${(run.maxKb / first.maxKb).toFixed(2)}×`,
      );
  }
  return true;
}
