// A presenter who clicks a link on a slide of a ready-made deck stays in the presentation: every
// slide link (<SlideLink>, and <BackToGuide>, which links to the reading guide) on a deck's slide
// points at a slide of the same deck, or its text says on screen that it leaves the presentation.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-check/read-content';
import { assembleKit } from '../../src/lib/content/kit';
import { guideSlideId } from '../../src/lib/content/guide';

const root = join(import.meta.dirname, '..', '..');
const { input } = readContent({ root, slides: join(root, 'slides'), content: join(root, 'content') });
const { kit } = assembleKit(input);

/** Each slide link in an MDX body: its target and the text a visitor sees on it. */
function slideLinks(body: string): Array<{ to: string; text: string }> {
  const links = [
    ...body.matchAll(/<SlideLink\b[^>]*\bto=["']([^"']+)["'][^>]*>([\s\S]*?)<\/SlideLink>/g),
  ].map((match) => ({ to: match[1] ?? '', text: (match[2] ?? '').replace(/<[^>]*>/g, '').trim() }));
  const back = /<BackToGuide\s*\/>/.test(body)
    ? [{ to: guideSlideId, text: 'Terug naar de leeswijzer: waarom investeren in een Kansrijke Start?' }]
    : [];
  return [...links, ...back];
}

/** A link that leaves the presentation says so in its own words. */
const saysItLeaves = (text: string) => /buiten (deze|de) presentatie|andere presentatie/i.test(text);

describe('slide links in the ready-made decks', () => {
  it('finds the links of a slide, the way back to the reading guide included', () => {
    expect(slideLinks('Zie <SlideLink to="a">de slide **a**</SlideLink>.\n\n<BackToGuide />')).toEqual([
      { to: 'a', text: 'de slide **a**' },
      { to: guideSlideId, text: 'Terug naar de leeswijzer: waarom investeren in een Kansrijke Start?' },
    ]);
    expect(saysItLeaves('de rekensom (in een andere presentatie)')).toBe(true);
    expect(saysItLeaves('de rekensom')).toBe(false);
  });

  it('stay inside the deck, or say on screen that they leave it', () => {
    const bodies = new Map(input.slides.map((slide) => [slide.data.id, slide.body]));
    const leaving = [...kit.decks.values()].flatMap((deck) =>
      deck.slides.flatMap((slideId) =>
        slideLinks(bodies.get(slideId) ?? '')
          .filter((link) => !deck.slides.includes(link.to) && !saysItLeaves(link.text))
          .map((link) => `${deck.id}: ${slideId} → ${link.to} ("${link.text}")`),
      ),
    );
    expect(leaving).toEqual([]);
  });

  it('are checked in decks that link at all (the test reads real links)', () => {
    const linking = [...kit.decks.values()].filter((deck) =>
      deck.slides.some((id) => slideLinks(input.slides.find((s) => s.data.id === id)?.body ?? '').length > 0),
    );
    expect(linking.length).toBeGreaterThan(1);
  });
});
