// A Dutch spell check of every word a visitor reads: slides (stage and reading text, titles,
// summaries, notes), topic labels, decks, key figures, datasets, sources, ambassadors and the pages and
// components of the site. Debian's hunspell with hunspell-nl (scripts/ensure-spellcheck.sh),
// plus the reviewed word list content/woordenlijst.txt for names, organisations and terms.
// Words inside quotes (an ambassador's quote, <Quote>) are the speaker's: reported, not failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-check/read-content';
import { astroVisibleText, mdxVisibleText, words, type VisibleText } from '../support/visible-text';

const root = join(import.meta.dirname, '..', '..');
const wordListPath = join(root, 'content', 'woordenlijst.txt');
const { input } = readContent({ root, slides: join(root, 'slides'), content: join(root, 'content') });

/** Every piece of visible text, by the file it is written in. */
function visibleTexts(): Array<VisibleText & { file: string }> {
  const pieces: Array<VisibleText & { file: string }> = [];
  const add = (file: string, quoted: boolean, ...texts: Array<string | undefined>) => {
    for (const text of texts)
      if (text !== undefined && text.trim() !== '') pieces.push({ file, quoted, text });
  };
  for (const slide of input.slides) {
    // Tags are ids of the vocabulary; visitors read the vocabulary's labels (below).
    const { title, summary, notes } = slide.data;
    add(slide.filePath, false, title, summary, notes);
    for (const piece of mdxVisibleText(slide.body)) add(slide.filePath, piece.quoted, piece.text);
  }
  for (const { filePath, data } of input.tags ?? []) add(filePath, false, data.label);
  for (const deck of input.decks) {
    const { title, description, audience } = deck.data;
    add(deck.filePath, false, title, description, audience);
  }
  for (const { filePath, data } of input.ambassadors) {
    add(filePath, false, data.name, data.role, data.organisation, data.headline);
    add(filePath, true, data.quote);
  }
  for (const { filePath, data } of input.keyFigures) add(filePath, false, data.value, data.label, data.date);
  for (const { filePath, data } of input.datasets ?? []) {
    const categories = data.x.values.filter((value): value is string => typeof value === 'string');
    add(filePath, false, data.title, data.unit, data.x.title, data.note, ...categories);
    add(filePath, false, ...data.series.map((series) => series.label));
    add(filePath, false, ...data.bands.map((band) => band.label));
    add(filePath, false, ...data.referenceLines.map((line) => line.label));
  }
  for (const { filePath, data } of input.sources) {
    // A publication in another language (titleLang) has its title and journal in that language.
    const dutch = data.titleLang === undefined;
    add(
      filePath,
      false,
      dutch ? data.title : undefined,
      data.author,
      dutch ? data.detail : undefined,
      data.note,
    );
  }
  const astroFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return astroFiles(path);
      return entry.name.endsWith('.astro') ? [path] : [];
    });
  for (const dir of ['src/pages', 'src/components', 'src/layouts'].map((d) => join(root, d))) {
    for (const file of astroFiles(dir))
      add(relative(root, file), false, ...astroVisibleText(readFileSync(file, 'utf8')));
  }
  return pieces;
}

/** The reviewed word list: one word per line, `#` starts a comment line. */
function readWordList(): string[] {
  return readFileSync(wordListPath, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const hunspellReady = spawnSync('hunspell', ['-v']).status === 0 && existsSync('/usr/share/hunspell/nl.dic');

/** The words hunspell-nl does not know, in one run of hunspell over all of them. */
function unknownToDictionary(candidates: readonly string[]): Set<string> {
  // Pipe mode: one word per line, each line prefixed with "^" so no word is read as a command;
  // hunspell answers each line with one result per word it finds and then an empty line.
  const run = spawnSync('hunspell', ['-a', '-d', 'nl', '-i', 'UTF-8'], {
    input: candidates.map((word) => `^${word}`).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`hunspell faalde: ${run.stderr}`);
  const answers = run.stdout.split('\n').slice(1).join('\n').split(/\n\n/);
  const unknown = new Set<string>();
  candidates.forEach((word, index) => {
    const answer = answers[index] ?? '';
    if (/^[&#]/m.test(answer)) unknown.add(word);
  });
  return unknown;
}

/** Accepted by the list as written, or as the capitalised form of a listed lower-case word. */
function listed(word: string, list: ReadonlySet<string>): boolean {
  if (list.has(word)) return true;
  const lower = word.charAt(0).toLowerCase() + word.slice(1);
  return word !== lower && list.has(lower);
}

describe('the words of content/woordenlijst.txt', () => {
  it('are sorted, one per line, without duplicates', () => {
    const list = readWordList();
    const sorted = [...new Set(list)].sort((a, b) => a.localeCompare(b, 'nl'));
    expect(list).toEqual(sorted);
    expect(list.filter((word) => /\s/.test(word))).toEqual([]);
  });
});

describe('the extraction of visible text', () => {
  it('keeps the words of an MDX body and leaves its code, link targets and comments out', () => {
    const body = [
      "import X from './x';",
      '{/* een opmerking voor auteurs */}',
      '<Card title="Zes domeinen" icon="baby">Tekst op de kaart, [met een link](https://example.org/pad).</Card>',
      '<Quote by="Tessa Roseboom">Woorden van een ander</Quote>',
      '<KeyFigure id="kinderen-met-risicofactoren" /> kinderen {count}',
    ].join('\n');
    const pieces = mdxVisibleText(body);
    const checked = pieces.filter((p) => !p.quoted).flatMap((p) => words(p.text));
    const quoted = pieces.filter((p) => p.quoted).flatMap((p) => words(p.text));
    expect(checked.sort()).toEqual([
      'Roseboom',
      'Tekst',
      'Tessa',
      'Zes',
      'de',
      'domeinen',
      'een',
      'kaart',
      'kinderen',
      'link',
      'met',
      'op',
    ]);
    expect(quoted).toEqual(['Woorden', 'van', 'een', 'ander']);
  });

  it('keeps the text of an Astro template and leaves frontmatter, expressions and scripts out', () => {
    const file = [
      '---',
      "const titel = 'niet zichtbaar';",
      '---',
      '<SiteLayout title="Over de kit">',
      '  <h1>Ambassadeurs {count}</h1>',
      '  {items.map((item) => (',
      '    <a href={item.url} aria-label="Open de slide">Bekijk<span> van {item.name}</span></a>',
      '  ))}',
      '  <script>const x = "geen tekst";</script>',
      '</SiteLayout>',
    ].join('\n');
    expect(astroVisibleText(file).flatMap(words).sort()).toEqual(
      ['Ambassadeurs', 'Bekijk', 'Open', 'Over', 'de', 'de', 'kit', 'slide', 'van'].sort(),
    );
  });

  it('reads words as a Dutch reader does: apostrophes and hyphens inside, no numbers or addresses', () => {
    expect(
      words(
        'baby’s en kosten-batenanalyse, 1.000 dagen, HP4All, www.kansrijkestart.nl, reveal.js #NuNietZwanger',
      ),
    ).toEqual(["baby's", 'en', 'kosten-batenanalyse', 'dagen', 'NuNietZwanger']);
  });
});

describe.runIf(hunspellReady)('the Dutch spelling of every word a visitor reads', () => {
  const pieces = visibleTexts();
  const filesOf = new Map<string, Set<string>>();
  const quotedOnly = new Map<string, boolean>();
  for (const piece of pieces) {
    for (const word of words(piece.text)) {
      const files = filesOf.get(word) ?? new Set<string>();
      files.add(piece.file);
      filesOf.set(word, files);
      quotedOnly.set(word, (quotedOnly.get(word) ?? true) && piece.quoted);
    }
  }
  const wordList = readWordList();
  const list = new Set(wordList);
  const unknown = unknownToDictionary([...filesOf.keys(), ...wordList]);
  const notAccepted = [...filesOf.keys()].filter((word) => unknown.has(word) && !listed(word, list));
  const describeWord = (word: string) => `${word} — ${[...(filesOf.get(word) ?? [])].sort().join(', ')}`;
  const failed = notAccepted
    .filter((word) => quotedOnly.get(word) !== true)
    .sort((a, b) => a.localeCompare(b, 'nl'));
  const reported = notAccepted
    .filter((word) => quotedOnly.get(word) === true)
    .sort((a, b) => a.localeCompare(b, 'nl'));

  it('knows every word outside quotes, from the dictionary or the reviewed word list (each unknown word names its files)', () => {
    console.info(
      `Spellingcontrole: ${filesOf.size} verschillende woorden (${pieces.flatMap((p) => words(p.text)).length} in totaal), ` +
        `${wordList.length} in de woordenlijst, ${reported.length} onbekende woorden alleen in citaten (gemeld, niet fout):\n` +
        reported.map(describeWord).join('\n'),
    );
    expect(failed.map(describeWord)).toEqual([]);
  });

  it('lists only words that a visitor reads and that the dictionary does not already know', () => {
    const needless = wordList.filter((word) => !unknown.has(word));
    const unused = wordList.filter(
      (word) =>
        ![...filesOf.keys()].some(
          (used) => used === word || used === word.charAt(0).toUpperCase() + word.slice(1),
        ),
    );
    expect({ needless, unused }).toEqual({ needless: [], unused: [] });
  });

  it('reads text from every kind of file the visitor sees (the check cannot pass by reading nothing)', () => {
    const kinds = new Set(pieces.map((piece) => piece.file.split('/').slice(0, 2).join('/')));
    expect([...kinds].filter((kind) => !kind.startsWith('slides/')).sort()).toEqual(
      expect.arrayContaining([
        'content/ambassadors',
        'content/datasets',
        'content/decks',
        'content/key-figures',
        'content/sources',
        'src/components',
        'src/layouts',
        'src/pages',
      ]),
    );
    expect(filesOf.size).toBeGreaterThan(2000);
  });
});

it('has hunspell with the Dutch dictionary to check with (scripts/ensure-spellcheck.sh installs it)', () => {
  expect(hunspellReady).toBe(true);
});
