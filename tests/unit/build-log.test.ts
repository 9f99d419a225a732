// `npm run build` folds Astro's page list (a line per page, thousands at scale) into a line per
// top folder, and passes every other line on unchanged (scripts/build.mjs).
import { describe, expect, it } from 'vitest';
import { foldedLog } from '../../scripts/build.mjs';

const astroLog = [
  '12:00:00 [build] Rearranging server assets...',
  '',
  ' generating static routes ',
  '12:00:01   ├─ /404.html (+13ms) ',
  '12:00:01   ├─ /decks/het-verhaal/index.html (+41ms) ',
  '12:00:01   ├─ /decks/het-verhaal/hand-out/index.html (+1.5s) ',
  '\u001b[32m12:00:02\u001b[39m   \u001b[34m├─\u001b[39m \u001b[2m/slides/titel/index.html\u001b[22m (+7ms) ',
  '12:00:02   ├─ /slides/leeswijzer/index.html (cached)',
  '12:00:02   ├─ /index.html (+5ms) ',
  '12:00:03 ✓ Completed in 2.20s.',
  '12:00:03 [WARN] [verhaalkit:site-address] SITE_URL is niet gezet',
].join('\n');

describe('the build log', () => {
  it('folds the page list into one line per top folder, with pages and time', () => {
    expect(foldedLog(astroLog).split('\n')).toEqual([
      '12:00:00 [build] Rearranging server assets...',
      '',
      ' generating static routes ',
      "  ├─ /: 2 pagina's in 18 ms",
      "  ├─ /decks/: 2 pagina's in 1541 ms",
      "  ├─ /slides/: 2 pagina's in 7 ms",
      '12:00:03 ✓ Completed in 2.20s.',
      '12:00:03 [WARN] [verhaalkit:site-address] SITE_URL is niet gezet',
    ]);
  });

  it('has no line per page, however many pages', () => {
    const pages = Array.from(
      { length: 4000 },
      (_, i) => `12:00:01   ├─ /slides/kloon-${i}/index.html (+3ms) `,
    );
    const folded = foldedLog(['generating static routes', ...pages, 'done'].join('\n')).split('\n');
    expect(folded).toEqual(['generating static routes', "  ├─ /slides/: 4000 pagina's in 12000 ms", 'done']);
  });

  it('leaves a log without a page list as it is', () => {
    const log = 'a\n  b ├ c\n[ERROR] x';
    expect(foldedLog(log)).toBe(log);
  });
});
