// Used at build time only: the index of library slides (title, content version and the day that
// version was committed, per id, plus the redirects of renamed slides) that the remix player and
// the builder check links against before fetching slides. Written to /slides/index.json
// (src/pages/slides/index.json.ts) and carried inside the remix player's page itself, so the
// player reads a link without waiting for a request; built once per build.
import { getKit, getSlideEntry } from './kit';
import { contentVersion, slideVersionText } from '../lib/remix/version';
import type { SlideIndex } from '../lib/remix/slide-index';
import { sharedCodes } from '../lib/remix/link';
import { lastCommitDays } from './commit-dates';

let built: Promise<SlideIndex> | undefined;

/** The slide index; the same object for every page of one build. */
export function slideIndex(): Promise<SlideIndex> {
  built ??= buildSlideIndex();
  return built;
}

async function buildSlideIndex(): Promise<SlideIndex> {
  const kit = await getKit();
  const index: SlideIndex = { slides: {}, redirects: {} };
  // One git call for every slide's file: the day its current content was committed.
  const days = lastCommitDays([...kit.slides.values()].map((slide) => slide.filePath));
  for (const slide of kit.slides.values()) {
    const body =
      slide.kind === 'module'
        ? ((await getSlideEntry(slide.id))?.body ?? '')
        : JSON.stringify(slide.ambassador);
    const version = contentVersion(
      slideVersionText({
        title: slide.title,
        summary: slide.summary,
        layout: slide.layout,
        notes: slide.notes,
        sources: slide.sources.map((source) => source.id),
        body,
      }),
    );
    // The file's last commit; without git history, the slide's own `bijgewerkt` field, if any.
    const day = days.get(slide.filePath) ?? slide.updated;
    index.slides[slide.id] = { t: slide.title, v: version, ...(day !== undefined ? { d: day } : {}) };
  }
  for (const [from, targets] of kit.redirects) index.redirects[from] = [...targets];
  // Short links name slides by a four-character code of their id: no two ids may share one.
  const shared = sharedCodes([...Object.keys(index.slides), ...Object.keys(index.redirects)]);
  if (shared.length > 0)
    throw new Error(
      `slides/ en content/redirects.yaml: deze slide-ids delen een code in korte links; geef er één een andere naam: ${shared.map((group) => group.join(' = ')).join('; ')}`,
    );
  return index;
}
