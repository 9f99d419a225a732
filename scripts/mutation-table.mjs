// Prints the per-file mutation scores of one or more Stryker JSON reports (mutation-testing-report
// schema: `reports/mutation/mutation.json`, or an `--incrementalFile`) as the Markdown table of
// docs/mutation-scores.md. Later reports win for a file measured twice, so group runs over the same
// source can be put together:  node scripts/mutation-table.mjs reports/a.json reports/b.json
import { readFileSync } from 'node:fs';

const files = new Map();
for (const path of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files))
    files.set(file.replace(/^.*?src\//, ''), mutants);
}

const count = (mutants, status) => mutants.filter((m) => m.status === status).length;
const row = (cells) => `| ${cells.join(' | ')} |`;
const pct = (n, d) => (d === 0 ? '– (only static mutants)' : `${((100 * n) / d).toFixed(1)} %`);
const total = { mutants: 0, killed: 0, survived: 0, timeout: 0, none: 0, ignored: 0 };
const lines = [
  row([
    'File (under `src/`)',
    'Mutants',
    'Killed',
    'Survived',
    'Timeout',
    'No coverage',
    'Static (ignored)',
    'Score',
  ]),
  row(['---', '--:', '--:', '--:', '--:', '--:', '--:', '--:']),
];
const under = [];
for (const [file, mutants] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
  const killed = count(mutants, 'Killed');
  const survived = count(mutants, 'Survived');
  const timeout = count(mutants, 'Timeout');
  const none = count(mutants, 'NoCoverage');
  const ignored = count(mutants, 'Ignored');
  const valid = killed + survived + timeout + none;
  for (const [key, value] of Object.entries({ mutants: valid, killed, survived, timeout, none, ignored }))
    total[key] += value;
  if (valid > 0 && (killed + timeout) / valid < 0.7) under.push(file);
  lines.push(
    row([`\`${file}\``, valid, killed, survived, timeout, none, ignored, pct(killed + timeout, valid)]),
  );
}
lines.push(
  row([
    `**Total, ${files.size} files**`,
    ...[total.mutants, total.killed, total.survived, total.timeout, total.none, total.ignored].map(
      (n) => `**${n}**`,
    ),
    `**${pct(total.killed + total.timeout, total.mutants)}**`,
  ]),
);
console.log(lines.join('\n'));
console.log(`\nFiles under 70 %: ${under.length === 0 ? 'none' : under.map((f) => `\`${f}\``).join(', ')}`);
