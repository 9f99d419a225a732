// Mutation testing (`npm run mutation`, an hour or more on 2 cores): how many small changes to src/lib and
// src/schemas the unit tests notice. Not part of `npm test`. While working on one file:
//   npx stryker run --mutate src/lib/export/layout.ts
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

const tempDirName = '.stryker-tmp';

// The content test reads the seed documents beside the repository (../shared/seeds). Stryker runs the tests
// in .stryker-tmp/sandbox-*, so link the same folder beside the sandboxes.
const seeds = [resolve('..', 'shared'), resolve('shared')].find((dir) => existsSync(resolve(dir, 'seeds')));
const linked = resolve(tempDirName, 'shared');
if (seeds !== undefined && !existsSync(linked)) {
  mkdirSync(tempDirName, { recursive: true });
  symlinkSync(seeds, linked, 'dir');
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
  ignorePatterns: ['dist', '.astro', 'test-results', 'playwright-report', 'reports', '.tmp'],
  // Two cores shared with the build and other work: one test process at a time.
  concurrency: 1,
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants: the zod schemas, word lists, the Arial metrics table) are
  // not run: with per-test coverage each one reruns every unit test, the build test among them, which
  // would take hours. Their behaviour is pinned by the schema and content tests; the report counts them
  // as "Ignored" (docs/mutation-scores.md gives their number per file).
  ignoreStatic: true,
  // clear-text prints the score per file at the end; the HTML report shows every surviving mutant.
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { logTests: false, reportTests: false, reportMutants: false, reportScoreTable: true },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName,
  cleanTempDir: true,
  timeoutMS: 10000,
  // Not 'debug': the Vitest runner then stringifies Vitest's circular config and crashes (audit 2026-12).
  logLevel: 'info',
  thresholds: { high: 85, low: 70, break: null },
};
