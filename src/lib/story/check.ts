// Used at build time: checks that the story points only at things that exist (slides,
// ambassadors, key figures, datasets and their series and x values), naming file and field.
import type { Problem } from '../content/problems';
import type { Highlight, Story, TextRef } from '../../schemas/story';

/** What the story may point at, as the kit knows it. */
export interface StoryTargets {
  /** Slide ids, each with the ids of the datasets its `<Chart>`s draw. */
  slides: ReadonlyMap<string, { chartIds: readonly string[] }>;
  ambassadors: ReadonlySet<string>;
  keyFigures: ReadonlySet<string>;
  /** Datasets: their series ids and x values. */
  datasets: ReadonlyMap<string, { series: readonly string[]; x: ReadonlyArray<string | number> }>;
}

/** Every broken reference in the story file, in reading order. */
export function checkStory(file: string, story: Story, targets: StoryTargets): Problem[] {
  const problems: Problem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  const slide = (field: string, id: string) => {
    if (!targets.slides.has(id)) report(field, `onbekende slide "${id}"`);
  };
  const text = (field: string, ref: TextRef) => {
    if ('keyFigure' in ref) {
      if (!targets.keyFigures.has(ref.keyFigure))
        report(`${field}.keyFigure`, `onbekend kerncijfer "${ref.keyFigure}"`);
    } else slide(`${field}.slide`, ref.slide);
  };
  text('opening.promise', story.opening.promise);
  if (!targets.keyFigures.has(story.opening.keyFigure))
    report('opening.keyFigure', `onbekend kerncijfer "${story.opening.keyFigure}"`);
  story.chapters.forEach((chapter, c) => {
    const at = `chapters[${c}]`;
    if (chapter.claim !== undefined) slide(`${at}.claim`, chapter.claim);
    chapter.aliases.forEach((id, i) => slide(`${at}.aliases[${i}]`, id));
    chapter.quotes.forEach((id, i) => {
      if (!targets.ambassadors.has(id)) report(`${at}.quotes[${i}]`, `onbekende ambassadeur "${id}"`);
    });
    chapter.items.forEach((item, i) => {
      const itemAt = `${at}.items[${i}]`;
      if ('slide' in item) return slide(`${itemAt}.slide`, item.slide);
      const scene = item.scene;
      const sceneAt = `${itemAt}.scene`;
      const dataset = targets.datasets.get(scene.chart);
      if (dataset === undefined) report(`${sceneAt}.chart`, `onbekende grafiek "${scene.chart}"`);
      const shown = targets.slides.get(scene.slide);
      if (shown === undefined) report(`${sceneAt}.slide`, `onbekende slide "${scene.slide}"`);
      else if (!shown.chartIds.includes(scene.chart))
        report(`${sceneAt}.slide`, `slide "${scene.slide}" toont grafiek "${scene.chart}" niet`);
      scene.steps.forEach((step, s) => {
        const stepAt = `${sceneAt}.steps[${s}]`;
        step.text.forEach((ref, t) => text(`${stepAt}.text[${t}]`, ref));
        if (dataset !== undefined)
          checkHighlight(`${stepAt}.highlight`, step.highlight, scene.chart, dataset, report);
      });
    });
  });
  return problems;
}

function checkHighlight(
  at: string,
  highlight: Highlight,
  chart: string,
  dataset: { series: readonly string[]; x: ReadonlyArray<string | number> },
  report: (field: string, message: string) => void,
): void {
  highlight.series.forEach((id, i) => {
    if (!dataset.series.includes(id))
      report(
        `${at}.series[${i}]`,
        `grafiek "${chart}" heeft geen reeks "${id}" (wel: ${dataset.series.join(', ')})`,
      );
  });
  const point = (field: string, x: string | number) => {
    if (!dataset.x.includes(x)) report(field, `grafiek "${chart}" heeft geen punt "${x}" op de x-as`);
  };
  highlight.points.forEach((x, i) => point(`${at}.points[${i}]`, x));
  if (highlight.range !== undefined) {
    point(`${at}.range.from`, highlight.range.from);
    point(`${at}.range.to`, highlight.range.to);
  }
}
