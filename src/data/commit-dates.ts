// Used at build time only (Node): the day each content file was last changed, from git, so the
// slide index can say since when a slide's current content dates ("bijgewerkt op …"). One
// `git log` call covers every file. No repository, no git, or a file whose history a shallow
// clone cut off gives no day: never a guessed one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** Runs git in `cwd`; undefined when git is missing or fails (no repository, …). */
export type RunGit = (args: string[], cwd: string) => string | undefined;

const runGit: RunGit = (args, cwd) => {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
};

const header = '\u0001';

/**
 * Reads `git log --name-only --format=<header>%H %cs` output (newest first): each file's first
 * appearance is its last change. Commits in `boundary` (the cut-off ends of a shallow clone) list
 * every file as new, so a file first seen there gets no day.
 */
export function parseLastChanges(log: string, boundary: ReadonlySet<string>): Map<string, string> {
  const days = new Map<string, string>();
  const seen = new Set<string>();
  let day: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith(header)) {
      const [hash = '', date = ''] = line.slice(1).split(' ');
      day = boundary.has(hash) || !/^\d{4}-\d{2}-\d{2}$/.test(date) ? undefined : date;
      continue;
    }
    if (line === '' || seen.has(line)) continue;
    seen.add(line);
    if (day !== undefined) days.set(line, day);
  }
  return days;
}

/**
 * The day ("2026-12-05") each of `files` (absolute, or relative to `cwd`) was last committed,
 * keyed by the file as given. Files without a known day are left out.
 */
export function lastCommitDays(
  files: readonly string[],
  cwd = process.cwd(),
  git: RunGit = runGit,
): Map<string, string> {
  const result = new Map<string, string>();
  if (files.length === 0) return result;
  const top = git(['rev-parse', '--show-toplevel', '--git-path', 'shallow'], cwd)?.trim().split('\n');
  if (top === undefined || top.length < 2) return result;
  const [root = '', shallowPath = ''] = top;
  const shallowFile = resolve(cwd, shallowPath);
  const boundary = new Set(
    existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : [],
  );
  const inRepo = new Map(
    files.map((file) => [file, relative(root, resolve(cwd, file)).split(sep).join('/')]),
  );
  const folders = [...new Set([...inRepo.values()].map((path) => dirname(path)))];
  const log = git(
    [
      '-c',
      'core.quotePath=false',
      'log',
      '--no-renames',
      '--name-only',
      '--format=%x01%H %cs',
      '--',
      ...folders.map((folder) => `:(top)${folder}`),
    ],
    root,
  );
  if (log === undefined) return result;
  const days = parseLastChanges(log, boundary);
  for (const [file, path] of inRepo) {
    const day = days.get(path);
    if (day !== undefined) result.set(file, day);
  }
  return result;
}
