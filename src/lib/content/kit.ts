// Used at build time: assembles validated content into the slide model every renderer uses.
// Pure: takes parsed entries, never reads the disk or astro:content (see src/data/kit.ts).
import type { SlideData, SlideLayout, SlidePart } from '../../schemas/slide';
import type { Deck } from '../../schemas/deck';
import type { Ambassador } from '../../schemas/ambassador';
import type { Source } from '../../schemas/source';
import type { KeyFigure } from '../../schemas/key-figure';
import type { Dataset } from '../../schemas/dataset';
import type { Tag } from '../../schemas/tag';
import type { Problem } from './problems';
import { chartRefs, keyFigureRefs, slideLinkRefs } from './mdx-refs';
import { ambassadorSlideFields } from './ambassador-slide';
import { checkRedirects, followRedirects, redirectMap, type Redirects } from './redirects';
import { reservedSlideIds } from '../deck/sequence';

/** A parsed entry together with the file it came from. */
export interface Located<T> {
  filePath: string;
  data: T;
}

/** Everything the assembler needs, as parsed by the content layer. */
export interface KitInput {
  slides: ReadonlyArray<Located<SlideData> & { body: string }>;
  decks: ReadonlyArray<Located<Deck>>;
  ambassadors: ReadonlyArray<Located<Ambassador>>;
  sources: ReadonlyArray<Located<Source>>;
  keyFigures: ReadonlyArray<Located<KeyFigure>>;
  /** Chart datasets; optional so that fixtures without charts can leave it out. */
  datasets?: ReadonlyArray<Located<Dataset>>;
  /** The tag vocabulary (`content/tags.yaml`); a slide naming any other tag is a problem. */
  tags?: ReadonlyArray<Located<Tag>>;
  /** Old slide ids and their new ids (`content/redirects.yaml`); optional for fixtures. */
  redirects?: Located<Record<string, string[]>> | undefined;
}

interface SlideBase {
  id: string;
  title: string;
  part: SlidePart;
  argument: number | undefined;
  tags: string[];
  summary: string;
  /** Layout of the projected slide. */
  layout: SlideLayout;
  notes: string;
  /** The day its content was last revised, from the `bijgewerkt` field ("2026-12-05"), if given. */
  updated?: string;
  /** Sources of the slide and of every key figure and chart it shows, without repeats. */
  sources: Source[];
  programmeStatement: boolean;
  filePath: string;
}

/** A slide written as an MDX module. */
export interface ModuleSlide extends SlideBase {
  kind: 'module';
  keyFigureIds: string[];
  /** Datasets of the `<Chart>`s on the slide, in order of first use. */
  chartIds: string[];
}

/** A slide generated from an ambassador record. */
export interface AmbassadorSlide extends SlideBase {
  kind: 'ambassador';
  ambassador: Ambassador;
}

export type KitSlide = ModuleSlide | AmbassadorSlide;

/** A ready-made deck with its slides resolved, in order. */
export interface KitDeck extends Deck {
  filePath: string;
}

export interface Kit {
  slides: Map<string, KitSlide>;
  decks: Map<string, KitDeck>;
  sources: Map<string, Source>;
  keyFigures: Map<string, KeyFigure>;
  ambassadors: Map<string, Ambassador>;
  datasets: Map<string, Dataset>;
  /** The tag vocabulary, in the order of `content/tags.yaml`. */
  tags: Map<string, Tag>;
  /** Old slide id → its new id(s); decks are already resolved through it. */
  redirects: Redirects;
}

/** Indexes entries by id, reporting every id that is used by two files. */
function indexById<T extends { id: string }, E extends Located<T>>(
  entries: ReadonlyArray<E>,
  what: string,
  problems: Problem[],
  seen: Map<string, string> = new Map(),
): Map<string, E> {
  const byId = new Map<string, E>();
  for (const entry of entries) {
    const earlier = seen.get(entry.data.id);
    if (earlier !== undefined) {
      problems.push({
        file: entry.filePath,
        field: 'id',
        message: `${what}-id "${entry.data.id}" bestaat al in ${earlier}; elke id mag maar één keer voorkomen`,
      });
      continue;
    }
    seen.set(entry.data.id, entry.filePath);
    byId.set(entry.data.id, entry);
  }
  return byId;
}

function resolveSources(
  ids: readonly string[],
  sources: Map<string, Located<Source>>,
  filePath: string,
  field: string,
  problems: Problem[],
): Source[] {
  const resolved: Source[] = [];
  ids.forEach((id, index) => {
    const source = sources.get(id);
    if (source === undefined) {
      problems.push({ file: filePath, field: `${field}[${index}]`, message: `onbekende bron "${id}"` });
    } else if (!resolved.includes(source.data)) {
      resolved.push(source.data);
    }
  });
  return resolved;
}

/** Validates cross-references and builds the slide model. Problems are collected, not thrown. */
/**
 * A deck grouped by sector: each sector's ambassadors must stand together, or the player would
 * show the same sector's divider twice. Names the deck file and the slide out of place.
 */
function sectorRuns(slideIds: readonly string[], slides: Map<string, KitSlide>, file: string): Problem[] {
  const problems: Problem[] = [];
  const done = new Set<string>();
  let current: string | undefined;
  slideIds.forEach((id, index) => {
    const slide = slides.get(id);
    if (slide?.kind !== 'ambassador') return;
    const { sector } = slide.ambassador;
    if (sector === current) return;
    if (current !== undefined) done.add(current);
    current = sector;
    if (done.has(sector))
      problems.push({
        file,
        field: `slides[${index}]`,
        message: `"${id}" (sector ${sector}) staat los van de andere ambassadeurs uit die sector; zet ze bij elkaar (bySector)`,
      });
  });
  return problems;
}

export function assembleKit(input: KitInput): { kit: Kit; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources = indexById(input.sources, 'Bron', problems);
  const keyFigures = indexById(input.keyFigures, 'Kerncijfer', problems);
  const ambassadors = indexById(input.ambassadors, 'Ambassadeur', problems);
  const slideIds = new Map<string, string>();
  const slides = new Map<string, KitSlide>();

  for (const [, { filePath, data }] of keyFigures) {
    resolveSources(data.sources, sources, filePath, 'sources', problems);
  }

  const datasets = indexById(input.datasets ?? [], 'Dataset', problems);
  const tags = indexById(input.tags ?? [], 'Onderwerp', problems);
  // Per dataset: its own sources, then those of the key figures shown beside its chart.
  const datasetSourceIds = new Map<string, string[]>();
  for (const [id, { filePath, data }] of datasets) {
    resolveSources(data.sources, sources, filePath, 'sources', problems);
    const ids = [...data.sources];
    data.keyFigures.forEach((figureId, index) => {
      const figure = keyFigures.get(figureId);
      if (figure === undefined) {
        problems.push({
          file: filePath,
          field: `keyFigures[${index}]`,
          message: `onbekend kerncijfer "${figureId}"`,
        });
      } else {
        ids.push(...figure.data.sources);
      }
    });
    datasetSourceIds.set(id, ids);
  }

  for (const [, entry] of indexById(input.slides, 'Slide', problems, slideIds)) {
    const { data, filePath } = entry;
    const keyFigureIds = keyFigureRefs(entry.body);
    const figureSourceIds: string[] = [];
    for (const figureId of keyFigureIds) {
      const figure = keyFigures.get(figureId);
      if (figure === undefined) {
        problems.push({ file: filePath, field: 'KeyFigure', message: `onbekend kerncijfer "${figureId}"` });
      } else {
        figureSourceIds.push(...figure.data.sources);
      }
    }
    const chartIds = chartRefs(entry.body);
    for (const chartId of chartIds) {
      const ids = datasetSourceIds.get(chartId);
      if (ids === undefined) {
        problems.push({
          file: filePath,
          field: 'Chart',
          message: `onbekende dataset "${chartId}" (verwacht in content/datasets/)`,
        });
      } else {
        figureSourceIds.push(...ids);
      }
    }
    data.tags.forEach((tag, index) => {
      if (!tags.has(tag))
        problems.push({
          file: filePath,
          field: `tags[${index}]`,
          message: `onbekend onderwerp "${tag}"; kies een onderwerp uit content/tags.yaml of voeg het daar toe`,
        });
    });
    const slideSources = resolveSources(data.sources, sources, filePath, 'sources', problems);
    const withFigures = [...slideSources];
    for (const source of resolveSources(figureSourceIds, sources, filePath, 'KeyFigure', [])) {
      if (!withFigures.includes(source)) withFigures.push(source);
    }
    slides.set(data.id, {
      kind: 'module',
      id: data.id,
      title: data.title,
      part: data.part,
      argument: data.argument,
      tags: data.tags,
      summary: data.summary,
      layout: data.layout,
      notes: data.notes,
      ...(data.bijgewerkt !== undefined ? { updated: data.bijgewerkt } : {}),
      sources: withFigures,
      programmeStatement: data.programmeStatement,
      filePath,
      keyFigureIds,
      chartIds,
    });
  }

  const ambassadorSlides = input.ambassadors.map((entry) => ({
    filePath: entry.filePath,
    data: { ...entry.data, id: ambassadorSlideFields(entry.data).id },
    ambassador: entry.data,
  }));
  for (const entry of ambassadorSlides) {
    if (ambassadors.get(entry.ambassador.id)?.data !== entry.ambassador) continue;
    const earlier = slideIds.get(entry.data.id);
    if (earlier !== undefined) {
      problems.push({
        file: entry.filePath,
        field: 'id',
        message: `de slide-id "${entry.data.id}" van deze ambassadeur bestaat al in ${earlier}`,
      });
      continue;
    }
    slideIds.set(entry.data.id, entry.filePath);
    slides.set(entry.data.id, {
      kind: 'ambassador',
      ...ambassadorSlideFields(entry.ambassador),
      argument: undefined,
      sources: resolveSources(entry.ambassador.sources, sources, entry.filePath, 'sources', problems),
      programmeStatement: false,
      filePath: entry.filePath,
      ambassador: entry.ambassador,
    });
  }

  for (const entry of input.slides) {
    for (const target of slideLinkRefs(entry.body)) {
      if (!slideIds.has(target)) {
        problems.push({
          file: entry.filePath,
          field: 'SlideLink',
          message: `link naar onbekende slide-id "${target}"`,
        });
      }
    }
  }

  const redirects = redirectMap(input.redirects?.data ?? {});
  const redirectsFile = input.redirects?.filePath ?? 'content/redirects.yaml';
  problems.push(...checkRedirects(redirects, new Set(slideIds.keys()), redirectsFile));
  for (const [id, file] of slideIds) {
    if (reservedSlideIds.includes(id))
      problems.push({
        file,
        field: 'id',
        message: `"${id}" is gereserveerd voor een slide die de presentatie zelf maakt (omslag, deel, slot)`,
      });
  }
  const isSlide = (id: string) => slides.has(id);

  const decks = new Map<string, KitDeck>();
  for (const [id, { filePath, data: written }] of indexById(input.decks, 'Deck', problems)) {
    // A deck that names an old id (a split or renamed slide) shows the new slide(s) instead.
    const data = { ...written, slides: followRedirects(written.slides, redirects, isSlide) };
    written.slides.forEach((slideId, index) => {
      if (!slides.has(slideId) && !redirects.has(slideId)) {
        problems.push({
          file: filePath,
          field: `slides[${index}]`,
          message: `onbekende slide-id "${slideId}"`,
        });
      }
    });
    if (data.bySector === true) problems.push(...sectorRuns(data.slides, slides, filePath));
    decks.set(id, { ...data, filePath });
  }

  const unwrap = <T>(map: Map<string, Located<T>>) => new Map([...map].map(([k, v]) => [k, v.data]));
  return {
    kit: {
      slides,
      decks,
      sources: unwrap(sources),
      keyFigures: unwrap(keyFigures),
      ambassadors: unwrap(ambassadors),
      datasets: unwrap(datasets),
      tags: unwrap(tags),
      redirects,
    },
    problems,
  };
}

/** The decks that contain a slide, in the order given. */
export function decksContaining(slideId: string, decks: Iterable<KitDeck>): KitDeck[] {
  return [...decks].filter((deck) => deck.slides.includes(slideId));
}
