// Valid HTML: the Nu HTML Checker (vnu, from the exact-pinned vnu-jar package, on Debian's
// Java; scripts/ensure-java.sh installs it when missing) over every HTML file of the build,
// offline files included. Zero errors.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { distDir } from '../e2e/support/site-pages';

/**
 * vnu's CSS checker (for the offline files' inline style sheet) predates container queries, a
 * baseline feature of every browser since 2023: it calls `container-type` unknown and `cqw`
 * units unknown dimensions. Exactly those two messages are no HTML errors.
 */
function outdatedCssCheck(message: { message: string; extract?: string }): boolean {
  if (message.message === "CSS: “container-type”: Property “container-type” doesn't exist.") return true;
  return (
    /^CSS: “[a-z-]+”: Unknown dimension\.$/.test(message.message) &&
    /\dcq[whib]\b/.test(message.extract ?? '')
  );
}

test('every built page is valid HTML according to the Nu HTML Checker', () => {
  test.setTimeout(180_000);
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  expect(files.length).toBeGreaterThan(200);
  const run = spawnSync(
    'java',
    ['-Xss4m', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', distDir],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  expect(run.error).toBeUndefined();
  // vnu writes its report to stderr.
  const report = JSON.parse(run.stderr) as {
    messages: Array<{ type: string; url?: string; message: string; extract?: string }>;
  };
  const errors = report.messages
    .filter((m) => m.type === 'error' && !outdatedCssCheck(m))
    .map((m) => `${(m.url ?? '').replace(/^.*?\/dist\//, '/')}: ${m.message}`);
  console.log(`vnu: ${files.length} HTML files, ${errors.length} errors`);
  expect(errors).toEqual([]);
});
