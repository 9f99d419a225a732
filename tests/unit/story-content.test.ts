// Checks the kit's content against its sources in ../shared/seeds and against the house rules
// for numbers: what the issue "All of the story as slide modules" promises.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleKit } from '../../src/lib/content/kit';
import { readContent } from '../../src/content-check/read-content';
import { keyFigureRefs, slideLinkRefs } from '../../src/lib/content/mdx-refs';
import { guideSlideId } from '../../src/lib/content/guide';

const root = join(import.meta.dirname, '..', '..');
const { input } = readContent({ root, slides: join(root, 'slides'), content: join(root, 'content') });
const { kit } = assembleKit(input);

// Beside the repository in the main checkout, two levels up from an engineer's worktree.
const seedsDir = [
  join(root, '..', 'shared', 'seeds'),
  join(root, '..', '..', 'shared', 'seeds'),
  join(root, 'shared', 'seeds'),
].find((dir) => existsSync(dir));
const normalise = (text: string) =>
  text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // the extract's leftover Markdown links
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

it('finds the seed documents beside the repository (../shared/seeds)', () => {
  expect(seedsDir).toBeDefined();
});

// Without the seeds the test above fails; the comparisons below then have nothing to read.
describe.runIf(seedsDir !== undefined)('the ambassadors of seed 001', () => {
  const seedFile = readdirSync(seedsDir!).find((f) => f.startsWith('001_'))!;
  const seed = readFileSync(join(seedsDir!, seedFile), 'utf8');
  const part3 = normalise(seed.slice(seed.indexOf('Ambassadeurs eerste 1.000 dagen')));
  const ambassadors = [...kit.ambassadors.values()];

  it('each person appears exactly once, in the seed’s order of names', () => {
    const names = ambassadors.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(ambassadors.filter((a) => !part3.includes(a.name)).map((a) => a.id)).toEqual([]);
  });

  it('every quotation in the seed’s ambassador part belongs to a recorded ambassador', () => {
    const recorded = ambassadors
      .flatMap((a) => [normalise(a.quote), normalise(a.headline ?? '')])
      .join(' ¶ ');
    const rawPart3 = seed.slice(seed.indexOf('Ambassadeurs eerste 1.000 dagen'));
    const quotations = [...rawPart3.matchAll(/“([^”]{20,})”/g)].map((m) => normalise(m[1]!));
    expect(quotations.length).toBeGreaterThan(30);
    expect(quotations.filter((q) => !recorded.includes(q.slice(0, 60)))).toEqual([]);
  });

  it('the ambassadors deck holds every ambassador slide exactly once', () => {
    const deck = kit.decks.get('ambassadeurs-aan-het-woord');
    // Besides the quotes the deck holds the part's own opening and closing slides (seed 001).
    const quoteSlides = (deck?.slides ?? []).filter((id) => id.startsWith('ambassadeur-'));
    expect([...quoteSlides].sort()).toEqual(ambassadors.map((a) => `ambassadeur-${a.id}`).sort());
    expect(deck?.slides[0]).toBe('ambassadeurs-landelijke-coalitie');
    expect(deck?.slides.at(-1)).toBe('slot-kansrijke-start');
  });
});

// Verbatim means verbatim: the seed's own quotation marks, hashtags and web addresses are part of
// what an ambassador says or signs, so they are compared as printed (only line breaks differ).
describe.runIf(seedsDir !== undefined)('each ambassador against their own block of seed 001', () => {
  const seedFile = readdirSync(seedsDir!).find((f) => f.startsWith('001_'))!;
  const seed = readFileSync(join(seedsDir!, seedFile), 'utf8');
  const part3 = seed
    .slice(
      seed.indexOf('Ambassadeurs eerste 1.000 dagen'),
      seed.lastIndexOf('Ministerie van Volksgezondheid'),
    )
    // A link whose address the extract lost ("([link](#))") has nothing left to show.
    .replace(/\s*\(\[[^\]]*\]\(#\)\)/g, '');
  // The seed separates ambassadors by two or more blank lines.
  const blocks = part3.split(/\n[ \t]*\n[ \t]*\n\s*/).filter((block) => block.trim() !== '');
  const ambassadors = [...kit.ambassadors.values()];
  /** What the seed prints for an ambassador that the kit deliberately leaves out, and why. */
  const notShown: Record<string, { text: string; why: string }> = {
    'birgit-levelink': {
      text: 'Credits foto: Roderik Rotting',
      why: 'credit of a photo the kit does not show',
    },
  };
  const tokens = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  // Words in square brackets are an editor's, standing for up to three words of the seed
  // (a headline's "deze partijen" spelled out as "[de betrokken] partijen").
  const loose = (text: string) =>
    new RegExp(
      text
        .trim()
        .split(/\s*\[[^\]]*\]\s*/)
        .map((part) =>
          part
            .split(/\s+/)
            .filter(Boolean)
            .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('\\s+'),
        )
        .join('\\s+(?:\\S+\\s+){0,3}?'),
    );
  const blockOf = (name: string) => blocks.filter((block) => block.includes(name));
  const shownTexts = (a: (typeof ambassadors)[number]) =>
    [a.headline, a.quote].filter((text): text is string => text !== undefined);
  /** The block with the headline and the quote taken out: what is left is the signature. */
  function signature(a: (typeof ambassadors)[number]): string {
    let rest = blockOf(a.name)[0] ?? '';
    for (const text of [...shownTexts(a), notShown[a.id]?.text ?? '']) {
      if (text !== '') rest = rest.replace(loose(text.replace(/[*]/g, '')), '');
    }
    return rest.replace(/[*]/g, '');
  }

  it('finds one block per ambassador in the seed', () => {
    expect(ambassadors.filter((a) => blockOf(a.name).length !== 1).map((a) => a.id)).toEqual([]);
  });

  it('shows each headline and quote as printed in their own block, hashtags and line breaks of paragraphs included', () => {
    const notVerbatim = ambassadors.flatMap((a) =>
      shownTexts(a)
        .filter((text) => !loose(text).test(blockOf(a.name)[0] ?? ''))
        .map((text) => `${a.id}: "${text.slice(0, 50)}…"`),
    );
    expect(notVerbatim).toEqual([]);
  });

  it('keeps the seed’s own quotation marks with the text they enclose, adding none and dropping none', () => {
    const marks = /[“”"]/;
    const wrong = ambassadors.flatMap((a) =>
      shownTexts(a).flatMap((text) => {
        const block = blockOf(a.name)[0] ?? '';
        const found = loose(text).exec(block);
        if (found === null) return [];
        const before = block[found.index - 1] ?? '';
        const after = block[found.index + found[0].length] ?? '';
        return marks.test(before) || marks.test(after) ? [`${a.id}: "${text.slice(0, 40)}…"`] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('shows no link text whose address is unknown', () => {
    const dead = ambassadors.filter((a) => shownTexts(a).some((text) => /\(link\)|\]\(/.test(text)));
    expect(dead.map((a) => a.id)).toEqual([]);
  });

  it('leaves nothing of a block out but the name, the signature and what is listed as not shown', () => {
    // Every word of the signature is in role, organisation or web address, and nothing else is.
    const differences = ambassadors.flatMap((a) => {
      const signed = tokens(signature(a)).replace(tokens(a.name), '').split(' ').filter(Boolean).sort();
      const shown = tokens([a.role, a.organisation, a.website].join(' ')).split(' ').filter(Boolean).sort();
      return signed.join(' ') === shown.join(' ')
        ? []
        : [`${a.id}: seed "${signed.join(' ')}" ≠ kit "${shown.join(' ')}"`];
    });
    expect(differences).toEqual([]);
  });

  it('keeps each line of the signature together and in its own words, so roles are not garbled', () => {
    const garbled = ambassadors.flatMap((a) => {
      const shown = ` ${tokens([a.role, a.organisation, a.website].join(' '))} `;
      return signature(a)
        .split(/\n|\//)
        .map(tokens)
        .filter((line) => line !== '' && line !== tokens(a.name))
        .filter((line) => !shown.includes(` ${line} `))
        .map((line) => `${a.id}: "${line}"`);
    });
    expect(garbled).toEqual([]);
  });
});

describe('numbers on slides', () => {
  /**
   * What would betray a typed copy of a key figure: its distinctive numbers ("28.000", "14%",
   * "167.595", "252"), or, for values built from small numbers ("€ 8–13 miljoen", "1 op de 6"),
   * the whole value. Small bare numbers alone are list numbers, weeks or ages far too often.
   */
  function patternsFor(value: string): RegExp[] {
    const escape = (text: string) =>
      text
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\\?\s+/g, '\\s*')
        .replace(/[–-]/g, '\\s*[–-]\\s*')
        .replace(/%/g, '\\s?%');
    const numbers = [...value.matchAll(/\d[\d.,]*(?:\s?%)?/g)].map((m) => m[0].replace(/[.,]$/, '').trim());
    const distinctive = numbers.filter(
      (n) => n.includes('%') || /\d[.,]\d{3}/.test(n) || n.replace(/\D/g, '').length >= 3,
    );
    const patterns = distinctive
      .filter((n) => !/^(19|20)\d\d$/.test(n))
      .map((n) => new RegExp(`(?<![\\d.,/])${escape(n)}(?![\\d]|[.,]\\d)`));
    if (patterns.length === 0 && numbers.length > 0)
      patterns.push(new RegExp(`(?<![\\d.,/])${escape(value.trim())}`, 'i'));
    return patterns;
  }
  const typed = (text: string) =>
    text
      .replace(/<KeyFigure\b[^>]*\/>/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/href="[^"]*"/g, '');

  it('never types a number that has a key-figure entry into a slide’s text, title, summary or notes', () => {
    const offences: string[] = [];
    for (const slide of input.slides) {
      const text = typed([slide.data.title, slide.data.summary, slide.data.notes, slide.body].join('\n'));
      for (const figure of kit.keyFigures.values()) {
        for (const pattern of patternsFor(figure.value)) {
          const found = pattern.exec(text);
          if (found !== null) offences.push(`${slide.filePath}: "${found[0]}" is kerncijfer ${figure.id}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it('would catch a typed key figure (the lint itself works)', () => {
    const catches = (value: string, text: string) => patternsFor(value).some((p) => p.test(typed(text)));
    expect(catches('28.000', 'Circa 28.000 kinderen')).toBe(true);
    expect(catches('28.000', 'Circa <KeyFigure id="x" /> kinderen')).toBe(false);
    expect(catches('14%', 'ongeveer 14 % van de kinderen')).toBe(true);
    expect(catches('€ 8–13 miljoen', 'kost 8-13 miljoen')).toBe(false);
    expect(catches('€ 8–13 miljoen', 'kost € 8 – 13 miljoen')).toBe(true);
    expect(catches('1 op de 6', 'meer dan 1 op de 6 kinderen')).toBe(true);
    expect(catches('1 op de 6', 'actie 1 op de lijst')).toBe(false);
  });

  it('shows both dated figures for children without a good start, each with its own date', () => {
    const later = kit.keyFigures.get('kinderen-met-risicofactoren');
    const in2018 = kit.keyFigures.get('aandeel-zonder-goede-start-2018');
    expect(later?.value).toBe('1 op de 6');
    expect(in2018?.value).toBe('14%');
    expect(in2018?.date).toMatch(/2018/);
    expect(later?.date).not.toBe(in2018?.date);
  });
});

describe('the reading guide', () => {
  const guide = input.slides.find((s) => s.data.id === guideSlideId)!;

  it('links each of the seven arguments, in order, to a slide of that argument', () => {
    const targets = slideLinkRefs(guide.body);
    expect(targets).toHaveLength(7);
    expect(targets.map((id) => kit.slides.get(id)?.argument)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('is linked back to from every argument slide', () => {
    const argumentSlides = input.slides.filter((s) => s.data.argument !== undefined);
    const withoutWayBack = argumentSlides
      .filter((s) => !/<BackToGuide\s*\/>/.test(s.body))
      .map((s) => s.filePath);
    expect(argumentSlides.length).toBeGreaterThanOrEqual(7);
    expect(withoutWayBack).toEqual([]);
  });

  it('uses key figures only through <KeyFigure>, so each shows its source', () => {
    expect(keyFigureRefs(guide.body).every((id) => kit.keyFigures.has(id))).toBe(true);
  });
});

describe.runIf(seedsDir !== undefined)('the sources’ citation details', () => {
  const sourcesMd = [join(seedsDir!, '..', 'data', 'SOURCES.md')].find((file) => existsSync(file));
  const known = [
    ...readdirSync(seedsDir!).map((file) => readFileSync(join(seedsDir!, file), 'utf8')),
    sourcesMd === undefined ? '' : readFileSync(sourcesMd, 'utf8'),
  ]
    .join('\n')
    .replace(/doi:\s*/g, 'doi.org/');
  const bare = (url: string) =>
    url
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '');

  it('finds SOURCES.md beside the seeds', () => {
    expect(sourcesMd).toBeDefined();
  });

  it('cite only web addresses that the seeds or SOURCES.md give (none guessed)', () => {
    const guessed = input.sources
      .filter((source) => source.data.url !== undefined && !known.includes(bare(source.data.url)))
      .map((source) => `${source.filePath}: ${source.data.url}`);
    expect(guessed).toEqual([]);
  });
});
