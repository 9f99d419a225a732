// Used at build time only: loads the content collections and assembles the kit once.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import { assembleKit, type Kit, type KitDeck, type KitSlide } from '../lib/content/kit';
import { formatProblems } from '../lib/content/problems';
import { resolveSlideId } from '../lib/content/redirects';
import { readContent } from '../content-check/read-content';
import { checkStory } from '../lib/story/check';
import { storyTargets } from '../lib/story/targets';
import type { Story } from '../schemas/story';

type Rendered = Awaited<ReturnType<typeof render>>;

let loaded:
  | Promise<{
      kit: Kit;
      entries: Map<string, CollectionEntry<'slides'>>;
      /** Each slide's MDX body rendered once: its page, deck pages and the story reuse it. */
      rendered: Map<string, Promise<Rendered>>;
    }>
  | undefined;

function located<T>(entry: { id: string; filePath?: string | undefined; data: T }, folder: string) {
  return { filePath: entry.filePath ?? `${folder}/${entry.id}`, data: entry.data };
}

/** content/redirects.yaml, read with the content check's reader (it is no collection of entries). */
function redirectsOnDisk() {
  const root = process.cwd();
  const content = resolve(root, process.env['KIT_CONTENT_DIR'] ?? './content');
  return readContent({ root, slides: resolve(root, 'no-slides-needed'), content }).input.redirects;
}

async function load() {
  const [slides, decks, ambassadors, sources, keyFigures, datasets, tags] = await Promise.all([
    getCollection('slides'),
    getCollection('decks'),
    getCollection('ambassadors'),
    getCollection('sources'),
    getCollection('keyFigures'),
    getCollection('datasets'),
    getCollection('tags'),
  ]);
  const { kit, problems } = assembleKit({
    slides: slides.map((entry) => ({ ...located(entry, 'slides'), body: entry.body ?? '' })),
    decks: decks.map((entry) => located(entry, 'content/decks')),
    ambassadors: ambassadors.map((entry) => located(entry, 'content/ambassadors')),
    sources: sources.map((entry) => located(entry, 'content/sources')),
    keyFigures: keyFigures.map((entry) => located(entry, 'content/key-figures')),
    datasets: datasets.map((entry) => located(entry, 'content/datasets')),
    tags: tags.map((entry) => ({ filePath: 'content/tags.yaml', data: entry.data })),
    redirects: redirectsOnDisk(),
  });
  if (problems.length > 0) throw new Error(formatProblems(problems));
  const entries = new Map(slides.map((entry) => [entry.data.id, entry]));
  return { kit, entries, rendered: new Map<string, Promise<Rendered>>() };
}

/** The assembled kit; the build fails with every content problem listed if there are any. */
export async function getKit(): Promise<Kit> {
  loaded ??= load();
  return (await loaded).kit;
}

/** The content entry of a slide module, for rendering its MDX body. */
export async function getSlideEntry(id: string): Promise<CollectionEntry<'slides'> | undefined> {
  loaded ??= load();
  return (await loaded).entries.get(id);
}

/**
 * The `Content` component of a slide module's MDX body, rendered once per build (a slide is shown
 * on its page, its presenter page, in decks, miniatures and the story; Astro's `render` loads the
 * module and builds an error object on every call). An unknown id fails the build.
 */
export async function slideContent(id: string): Promise<Rendered['Content']> {
  loaded ??= load();
  const { entries, rendered } = await loaded;
  let result = rendered.get(id);
  if (result === undefined) {
    const entry = entries.get(id);
    if (entry === undefined) throw new Error(`Geen inhoud gevonden voor slide "${id}"`);
    result = render(entry);
    rendered.set(id, result);
  }
  return (await result).Content;
}

/** A deck's slides in order (the kit has already checked that every id resolves). */
export function deckSlides(kit: Kit, deck: KitDeck): KitSlide[] {
  return deck.slides.flatMap((id) => {
    const slide = kit.slides.get(id);
    return slide === undefined ? [] : [slide];
  });
}

/** Static paths of pages per ready-made deck (`[id]` = deck id), with the deck as prop. */
export async function deckPaths(): Promise<Array<{ params: { id: string }; props: { deck: KitDeck } }>> {
  const kit = await getKit();
  return [...kit.decks.values()].map((deck) => ({ params: { id: deck.id }, props: { deck } }));
}

/** Static paths of pages per slide (`[id]` = slide id), with the slide as prop. */
export async function slidePaths(): Promise<Array<{ params: { id: string }; props: { slide: KitSlide } }>> {
  const kit = await getKit();
  return [...kit.slides.values()].map((slide) => ({ params: { id: slide.id }, props: { slide } }));
}

/** Static paths of the pages of old slide ids (`content/redirects.yaml`), with where they lead now. */
export async function movedSlidePaths(): Promise<
  Array<{ params: { id: string }; props: { moved: { from: string; to: KitSlide[] } } }>
> {
  const kit = await getKit();
  const isSlide = (id: string) => kit.slides.has(id);
  return [...kit.redirects.keys()].map((from) => {
    const to = resolveSlideId(from, kit.redirects, isSlide).flatMap((id) => kit.slides.get(id) ?? []);
    return { params: { id: from }, props: { moved: { from, to } } };
  });
}

/** The public story (`content/story/`), checked against the kit; a fixture without one gets the deck's slides. */
export async function getStory(): Promise<{ story: Story; filePath: string } | undefined> {
  const [entry] = await getCollection('story');
  if (entry === undefined) return undefined;
  const kit = await getKit();
  const filePath = entry.filePath ?? `content/story/${entry.id}`;
  const problems = checkStory(filePath, entry.data, storyTargets(kit));
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return { story: entry.data, filePath };
}
