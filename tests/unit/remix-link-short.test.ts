// The short link format (v=2) and the link's length limits: a deck the builder can hold always
// round-trips through its link, today's readable links keep opening, any string gives a deck or
// a Dutch notice in time linear in its length.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../support/property-runs';
import {
  cleanTitle,
  decodeRemixLink,
  encodeRemix,
  encodeRemixCompact,
  isShortLink,
  linkFits,
  linkTooLong,
  maxLinkLength,
  maxRemixSlides,
  readableLinkLength,
  remixLinkCompact,
  setDefaultSlideIndex,
  sharedCodes,
  slideCode,
  type RemixDeck,
} from '../../src/lib/remix/link';
import { exportSuffixRoom, serverUrlLimit } from '../../src/lib/remix/link-limits';
import {
  cleanClosing,
  cleanCover,
  cleanTextSlide,
  maxBullets,
  maxOwnSlides,
  ownLimits,
  ownSlideFromCompact,
  ownSlideToCompact,
} from '../../src/lib/remix/own-slides';
import { checkDeck, type SlideIndex } from '../../src/lib/remix/slide-index';
import { assembleKit } from '../../src/lib/content/kit';
import { readContent } from '../../src/content-check/read-content';

const root = join(import.meta.dirname, '..', '..');
const { input } = readContent({ root, slides: join(root, 'slides'), content: join(root, 'content') });
const { kit } = assembleKit(input);
/** The slide index the build writes, from the real content. */
const realIndex: SlideIndex = {
  slides: Object.fromEntries(
    [...kit.slides.values()].map((slide) => [slide.id, { t: slide.title, v: 'AAAA' }]),
  ),
  redirects: Object.fromEntries([...kit.redirects].map(([from, to]) => [from, [...to]])),
};
const libraryIds = Object.keys(realIndex.slides);

/** Text as a visitor types it: Dutch prose, payloads, astral characters, bidi controls. */
const anyText = fc.oneof(
  fc.string({ maxLength: 160, unit: 'grapheme' }),
  fc.lorem({ maxCount: 30 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '\u202eabc\u202c', '😀'.repeat(80), 'één & “twee”'),
);

/** Any deck the builder can hold: up to 1,000 library slides (repeats allowed), 20 own slides. */
const builderDeck = fc
  .record({
    title: anyText,
    library: fc.array(fc.constantFrom(...libraryIds), { maxLength: maxRemixSlides }),
    own: fc.array(fc.record({ title: anyText, bullets: fc.array(anyText, { maxLength: maxBullets }) }), {
      maxLength: maxOwnSlides,
    }),
    positions: fc.array(fc.nat(), { maxLength: maxOwnSlides }),
    cover: fc.record({
      subtitle: anyText,
      presenter: anyText,
      organisation: anyText,
      date: anyText,
      place: anyText,
    }),
    closing: fc.record({ contact: anyText, website: anyText }),
  })
  .map(({ title, library, own, positions, cover, closing }) => {
    const slides = [...library];
    const ownSlides = own.map((slide, i) => cleanTextSlide(`_${i + 1}`, slide.title, slide.bullets));
    ownSlides.forEach((slide, i) => slides.splice((positions[i] ?? 0) % (slides.length + 1), 0, slide.key));
    // The link numbers own slides in order of first use, as the builder's keys may not be.
    const renamed = new Map<string, string>();
    const deck: RemixDeck = {
      title,
      slides: slides.slice(0, maxRemixSlides).map((item) => {
        if (!item.startsWith('_')) return item;
        if (!renamed.has(item)) renamed.set(item, `_${renamed.size + 1}`);
        return renamed.get(item)!;
      }),
      cover: cleanCover(cover),
    };
    const kept = ownSlides
      .filter((slide) => renamed.has(slide.key))
      .map((slide) => ({ ...slide, key: renamed.get(slide.key)! }))
      .sort((a, b) => Number(a.key.slice(1)) - Number(b.key.slice(1)));
    if (kept.length > 0) deck.own = kept;
    const closingFields = cleanClosing(closing);
    if (closingFields.contact !== '' || closingFields.website !== '') deck.closing = closingFields;
    return deck;
  });

/** What the player should show for a deck: own slides renumbered by first use, the title cleaned. */
async function roundTrip(deck: RemixDeck, index: SlideIndex = realIndex) {
  return decodeRemixLink(await encodeRemixCompact(deck), index);
}

describe('the short link format', () => {
  it('gives every slide id and old id of the kit a code of its own', () => {
    expect(sharedCodes([...libraryIds, ...Object.keys(realIndex.redirects)])).toEqual([]);
    expect(sharedCodes(['a', 'b', 'a'])).toEqual([]);
    expect(slideCode('leeswijzer')).toMatch(/^[A-Za-z0-9_-]{4}$/);
  });

  it('keeps a short deck readable and writes a long one as codes', async () => {
    const small: RemixDeck = { title: 'Raad', slides: ['leeswijzer', 'risicofactoren'] };
    expect(encodeRemix(small)).toBe('?titel=Raad&slides=leeswijzer,risicofactoren');
    const big: RemixDeck = {
      title: 'Raad',
      slides: Array.from({ length: 300 }, (_, i) => libraryIds[i % libraryIds.length]!),
    };
    const link = await encodeRemixCompact(big);
    expect(isShortLink(link)).toBe(true);
    expect(link).toMatch(/^\?titel=Raad&v=2&s=[A-Za-z0-9_-]{1200}$/);
    const readable = `/presenteer/?titel=Raad&slides=${big.slides.join(',')}`;
    expect(readable.length).toBeGreaterThan(readableLinkLength);
    expect(link.length).toBeLessThan(readable.length / 4);
    expect(await decodeRemixLink(link, realIndex)).toEqual({
      ok: true,
      deck: { ...big, cover: cleanCover({}) },
      unreadable: [],
      unreadableCount: 0,
      problems: [],
    });
  });

  it('carries own slides as a dot and one character, and versions per distinct library slide', async () => {
    const ids = libraryIds.slice(0, 120);
    expect(ids.length).toBeGreaterThan(60);
    const deck: RemixDeck = {
      title: 'Raad',
      slides: ['_1', ...ids, '_2', ids[0]!],
      own: [cleanTextSlide('_1', 'Een', ['a']), cleanTextSlide('_2', 'Twee', [])],
      versions: Object.fromEntries(ids.map((id) => [id, 'Ab3x'])),
      cover: cleanCover({ presenter: 'Anna' }),
    };
    const link = await encodeRemixCompact(deck);
    expect(link).toContain(
      `&s=.A${ids.map(slideCode).join('')}.B${slideCode(ids[0]!)}&versies=${'Ab3x'.repeat(ids.length)}&eigen=`,
    );
    const result = await decodeRemixLink(link, realIndex);
    expect(result.ok && result.deck).toEqual(deck);
  });

  it('round-trips any deck the builder can hold, within the length the builder promises or flagged too long', async () => {
    await fc.assert(
      fc.asyncProperty(builderDeck, async (deck) => {
        const result = await roundTrip(deck);
        const { title } = deck;
        expect(result.ok).toBe(deck.slides.length > 0 || deck.closing !== undefined);
        if (!result.ok) return;
        expect(result.problems).toEqual([]);
        expect(result.deck.slides).toEqual(deck.slides);
        expect(result.deck.own ?? []).toEqual(deck.own ?? []);
        expect(result.deck.closing).toEqual(deck.closing);
        if (result.deck.cover !== undefined) expect(result.deck.cover).toEqual(deck.cover);
        expect(result.deck.title).toBe(cleanTitle(title) === '' ? 'Mijn presentatie' : cleanTitle(title));
        const href = await remixLinkCompact(deck);
        expect(await linkTooLong(deck)).toBe(href.length > maxLinkLength);
      }),
      { numRuns: propertyRuns(40) },
    );
  });

  it('fits the largest deck of library slides (1,000, every slide versioned) in a link', async () => {
    const slides = Array.from({ length: maxRemixSlides }, (_, i) => libraryIds[(i * 7) % libraryIds.length]!);
    const deck: RemixDeck = {
      title: 'x'.repeat(ownLimits.title),
      slides,
      versions: Object.fromEntries(libraryIds.map((id) => [id, 'Ab3x'])),
    };
    const href = await remixLinkCompact(deck);
    expect(href.length).toBeLessThan(maxLinkLength);
    expect(await linkTooLong(deck)).toBe(false);
    // 20 full own slides of real prose fit too.
    const prose = 'De eerste duizend dagen bepalen veel van de gezondheid later in het leven van een kind. ';
    const own = Array.from({ length: maxOwnSlides }, (_, i) =>
      cleanTextSlide(
        `_${i + 1}`,
        prose + i,
        Array.from({ length: maxBullets }, (_, b) => `${b} ${prose}${prose}`),
      ),
    );
    const withOwn: RemixDeck = { ...deck, slides: [...own.map((s) => s.key), ...slides.slice(0, 980)], own };
    expect(await linkTooLong(withOwn)).toBe(false);
  });

  it('says a deck is too long for a link when its own text does not compress', async () => {
    const noise = (seed: number) =>
      Array.from({ length: ownLimits.bullet }, (_, i) =>
        String.fromCodePoint(0x4e00 + ((seed * 7919 + i * 104729) % 20000)),
      ).join('');
    const own = Array.from({ length: maxOwnSlides }, (_, i) =>
      cleanTextSlide(
        `_${i + 1}`,
        noise(i),
        Array.from({ length: maxBullets }, (_, b) => noise(i * 10 + b + 1)),
      ),
    );
    const deck: RemixDeck = { title: 'Ruis', slides: own.map((s) => s.key), own };
    expect(await linkTooLong(deck)).toBe(true);
    expect(linkFits('/presenteer/?slides=a')).toBe(true);
    expect(linkFits(`/presenteer/?slides=${'a'.repeat(maxLinkLength)}`)).toBe(false);
  });

  it('leaves every server room for the longest link plus what the exports add to it', () => {
    expect(serverUrlLimit).toBeGreaterThanOrEqual(maxLinkLength + exportSuffixRoom);
    expect('/presenteer/hand-out/'.length - '/presenteer/'.length + '&afdrukken'.length).toBeLessThan(
      exportSuffixRoom,
    );
  });

  it('needs the slide index for codes: without it a Dutch notice; with a loader it looks them up', async () => {
    const deck: RemixDeck = {
      title: '',
      slides: Array.from({ length: 200 }, (_, i) => libraryIds[i % libraryIds.length]!),
    };
    const link = encodeRemix(deck);
    expect(await decodeRemixLink(link)).toEqual({
      ok: false,
      reason: 'onleesbaar',
      message: 'De slides in deze link konden niet worden opgezocht. Laad de pagina opnieuw.',
    });
    expect((await decodeRemixLink(link, () => Promise.resolve(realIndex))).ok).toBe(true);
    expect((await decodeRemixLink(link, () => Promise.reject(new Error('offline')))).ok).toBe(false);
    setDefaultSlideIndex(() => Promise.resolve(realIndex));
    try {
      expect((await decodeRemixLink(link)).ok).toBe(true);
    } finally {
      setDefaultSlideIndex(undefined);
    }
  });

  it('names codes the kit no longer knows, and plays the rest', async () => {
    const link = `?v=2&s=${slideCode(libraryIds[0]!)}${slideCode('weggehaald-1')}${slideCode('weggehaald-2')}.A`;
    const result = await decodeRemixLink(link, realIndex);
    expect(result).toEqual({
      ok: true,
      deck: { title: 'Mijn presentatie', slides: [libraryIds[0]] },
      unreadable: [],
      unreadableCount: 0,
      problems: ['2 slides uit deze link bestaan niet (meer) in de verhaalkit.'],
    });
    expect(await decodeRemixLink(`?v=2&s=${slideCode('weg')}`, realIndex)).toEqual({
      ok: false,
      reason: 'onleesbaar',
      message:
        'Eén slide uit deze link bestaat niet (meer) in de verhaalkit. Deze link bevat geen enkele geldige slide.',
    });
  });

  it('follows an old id named by its code to the slide that replaced it (through the index’s redirects)', async () => {
    const [old] = Object.keys(realIndex.redirects);
    expect(old).toBeDefined();
    const result = await decodeRemixLink(`?v=2&s=${slideCode(old!)}`, realIndex);
    expect(result.ok && result.deck.slides).toEqual([old]);
  });

  it('gives any string as a short link a deck or a Dutch notice, in time linear in its length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (text) => {
        for (const search of [`?v=2&s=${text}`, `?v=2&s=${encodeURIComponent(text)}`, `?v=2&${text}`]) {
          const result = await decodeRemixLink(search, realIndex);
          if (!result.ok) expect(result.message).toMatch(/^[A-Z0-9ÉE]/);
        }
      }),
      { numRuns: propertyRuns(150) },
    );
    const time = async (n: number) => {
      const started = performance.now();
      await decodeRemixLink(`?v=2&s=${'AbC.'.repeat(n)}&versies=${'x'.repeat(n)}`, realIndex);
      return performance.now() - started;
    };
    await time(1000);
    expect(await time(200_000)).toBeLessThan(1000);
  });
});

describe('own slides in their compact form', () => {
  it('round-trips a text slide and turns anything else into a Dutch problem', () => {
    const slide = cleanTextSlide('_3', 'Titel', ['een', 'twee']);
    expect(ownSlideFromCompact(ownSlideToCompact(slide), '_3')).toEqual(slide);
    for (const bad of [null, 5, 'tekst', [], [5, 'a'], { title: 'x' }])
      expect(ownSlideFromCompact(bad, '_3')).toEqual({
        problem: 'Eigen slide 3 in deze link is beschadigd en wordt niet getoond.',
      });
  });

  it('shows the first twenty of more own slides than a deck may have, and says so', async () => {
    const own = Array.from({ length: 25 }, (_, i) => [`Slide ${i + 1}`]);
    const json = JSON.stringify([0, 0, own]);
    const eigen = `j${Buffer.from(json).toString('base64url')}`;
    const keys = own.map((_, i) => `_${i + 1}`).join(',');
    const result = await decodeRemixLink(`?slides=${keys}&eigen=${eigen}`);
    expect(result.ok && result.deck.slides.length).toBe(maxOwnSlides);
    expect(result.ok && result.problems).toEqual([
      'Deze link bevat 25 eigen slides; een presentatie heeft er hoogstens 20. De eerste 20 worden getoond.',
      '5 eigen slides uit deze link ontbreken.',
    ]);
  });

  it('plays the readable own slides when one of them is damaged', async () => {
    const json = JSON.stringify([0, 0, [['Goed', 'punt'], 7, ['Ook goed']]]);
    const eigen = `j${Buffer.from(json).toString('base64url')}`;
    const result = await decodeRemixLink(`?slides=_1,_2,_3&eigen=${eigen}`);
    expect(result.ok && result.deck.slides).toEqual(['_1', '_3']);
    expect(result.ok && result.problems).toEqual([
      'Eigen slide 2 in deze link is beschadigd en wordt niet getoond.',
    ]);
  });
});

describe('redirected ids in a link', () => {
  it('never expand a deck past the maximum of 1,000 slides (700 × a split slide’s old id)', () => {
    const index: SlideIndex = {
      slides: { 'deel-a': { t: 'A', v: 'AAAA' }, 'deel-b': { t: 'B', v: 'AAAA' } },
      redirects: { gesplitst: ['deel-a', 'deel-b'] },
    };
    const checked = checkDeck({ title: 'x', slides: Array<string>(700).fill('gesplitst') }, index);
    expect(checked.slides.length).toBe(maxRemixSlides);
    expect(checked.overLimit).toBe(400);
    expect(checkDeck({ title: 'x', slides: ['gesplitst'] }, index)).toEqual({
      slides: ['deel-a', 'deel-b'],
      unknown: [],
      changed: [],
    });
  });
});
