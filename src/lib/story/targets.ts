// Used at build time: what the story may point at, taken from the assembled kit or its input.
import type { Kit, KitInput } from '../content/kit';
import type { StoryTargets } from './check';
import { ambassadorSlideId } from '../content/ambassador-slide';
import { chartRefs } from '../content/mdx-refs';

/** Story targets from the assembled kit (the page build). */
export function storyTargets(kit: Kit): StoryTargets {
  return {
    slides: new Map(
      [...kit.slides.values()].map((slide) => [
        slide.id,
        { chartIds: slide.kind === 'module' ? slide.chartIds : [] },
      ]),
    ),
    ambassadors: new Set(kit.ambassadors.keys()),
    keyFigures: new Set(kit.keyFigures.keys()),
    datasets: new Map(
      [...kit.datasets.values()].map((dataset) => [
        dataset.id,
        { series: dataset.series.map((series) => series.id), x: dataset.x.values },
      ]),
    ),
  };
}

/** Story targets from the content as read before the build (the content check). */
export function storyTargetsOfInput(input: KitInput): StoryTargets {
  const slides = new Map<string, { chartIds: readonly string[] }>(
    input.slides.map((slide) => [slide.data.id, { chartIds: chartRefs(slide.body) }]),
  );
  for (const ambassador of input.ambassadors)
    slides.set(ambassadorSlideId(ambassador.data.id), { chartIds: [] });
  return {
    slides,
    ambassadors: new Set(input.ambassadors.map((entry) => entry.data.id)),
    keyFigures: new Set(input.keyFigures.map((entry) => entry.data.id)),
    datasets: new Map(
      (input.datasets ?? []).map(({ data }) => [
        data.id,
        { series: data.series.map((series) => series.id), x: data.x.values },
      ]),
    ),
  };
}
