// Used at build time and in the browser: a chart's title as plain text, with the original
// figure's title beside the Dutch one where the original is in another language.
import type { Dataset } from '../../schemas/dataset';

/** "Dutch title (origineel: ‘Original title’)", or the Dutch title alone. */
export function chartTitle(dataset: Pick<Dataset, 'title' | 'originalTitle'>): string {
  return dataset.originalTitle === undefined
    ? dataset.title
    : `${dataset.title} (origineel: ‘${dataset.originalTitle.text}’)`;
}
