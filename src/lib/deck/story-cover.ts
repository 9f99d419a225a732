// Used at build time: what a ready-made deck's cover says about the story it comes from. The
// words are the story's own source record (content/sources/verhaal-eerste-1000-dagen.yaml, after
// the original title slide, seed 000:2–5 and 001:5–10), so they are typed once.
import type { Source } from '../../schemas/source';

/** The id of the story's own source record. */
export const storySourceId = 'verhaal-eerste-1000-dagen';

/** The story's title, its subtitle and its maker, as on the original title slide. */
export interface StoryCover {
  title: string;
  subtitle: string | undefined;
  maker: string;
}

/**
 * The cover lines from the story's source record: its title up to the first full stop is the
 * title ("Een Kansrijke Start voor iedereen"), the rest the subtitle; the maker is the author
 * without the parties it worked with ("…, in afstemming met …").
 */
export function storyCover(source: Pick<Source, 'title' | 'author'>): StoryCover {
  const [title = source.title, ...rest] = source.title.split(/\.\s+/);
  const subtitle = rest.join('. ').trim();
  return {
    title: title.trim(),
    subtitle: subtitle === '' ? undefined : subtitle,
    maker: source.author.split(/,\s+in afstemming met\b/)[0]!.trim(),
  };
}

/** The line above a ready-made deck's title: "Een Kansrijke Start voor iedereen · Het verhaal over …". */
export function storyLine(cover: StoryCover): string {
  return cover.subtitle === undefined ? cover.title : `${cover.title} · ${cover.subtitle}`;
}
