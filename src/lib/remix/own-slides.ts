// Used in the browser and in tests: the visitor's own slides (a cover, a closing slide and text
// slides). Everything is plain text: cleaned of control and bidi characters, cut to a limit,
// and only ever put on the page with textContent.

/** Longest text per field, in characters; the builder's inputs carry the same limits. */
export const ownLimits = {
  title: 120,
  subtitle: 160,
  presenter: 80,
  organisation: 100,
  date: 40,
  place: 60,
  contact: 160,
  website: 100,
  slideTitle: 120,
  bullet: 160,
  figureValue: 24,
  figureLabel: 160,
  figureDate: 40,
  source: 200,
  chartUnit: 60,
  chartTable: 1500,
} as const;

/** A text slide has a title and at most this many bullets. */
export const maxBullets = 6;
/** A deck carries at most this many own text slides. */
export const maxOwnSlides = 20;

/** The cover's fields besides the deck title, which is the cover's title. */
export interface CoverFields {
  subtitle: string;
  presenter: string;
  organisation: string;
  date: string;
  place: string;
}

/** The closing slide: how to reach the presenter. The website is shown as text, never as a link. */
export interface ClosingFields {
  contact: string;
  website: string;
}

/** An own text slide; `key` ties it to its place in the deck's slide list (`_1`, `_2`, …). */
export interface OwnTextSlide {
  key: string;
  /** Text slides were the only kind before key figures and charts came: no kind means text. */
  kind?: 'text';
  title: string;
  bullets: string[];
}

/** An own key figure: a number, what it counts, the date it describes and its source. */
export interface OwnFigureSlide {
  key: string;
  kind: 'figure';
  title: string;
  value: string;
  label: string;
  date: string;
  source: string;
}

/**
 * An own chart: a small table as typed or pasted (kept as text, so that nothing typed is lost
 * while it cannot be read yet; own-figures.ts reads it), what the numbers count, and its source.
 */
export interface OwnChartSlide {
  key: string;
  kind: 'chart';
  title: string;
  table: string;
  unit: string;
  source: string;
}

export type OwnSlide = OwnTextSlide | OwnFigureSlide | OwnChartSlide;
export type OwnLayout = 'text' | 'figure' | 'chart';
export const ownLayoutOf = (slide: OwnSlide): OwnLayout => slide.kind ?? 'text';

export const coverFieldNames = ['subtitle', 'presenter', 'organisation', 'date', 'place'] as const;
export const closingFieldNames = ['contact', 'website'] as const;

/** Keys of own text slides in a deck's slide list; library ids never start with "_". */
export const ownKeyPattern = /^_[1-9][0-9]{0,2}$/;
export const isOwnKey = (item: string): boolean => ownKeyPattern.test(item);

/**
 * Characters that are removed from anything a visitor types or a link carries: C0/C1 control
 * characters and the bidi controls (embeddings, overrides, isolates and marks), which could
 * make text read in another order than it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unwanted = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Plain text on one line: unwanted characters out, white space single, cut to `max` characters. */
export function cleanText(text: string, max: number): string {
  // Very long input is cut first, so cleaning stays linear and cheap.
  const head = text.length > max * 4 + 64 ? text.slice(0, max * 4 + 64) : text;
  const cleaned = wellFormed(head).replace(unwanted, '').replace(/\s+/g, ' ').trim();
  return cutAt(cleaned, max);
}

/** Replaces lone surrogates (from broken links or storage) with U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Cuts to `max` UTF-16 units without splitting a surrogate pair, trimming a trailing space. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

export const emptyCover = (): CoverFields => ({
  subtitle: '',
  presenter: '',
  organisation: '',
  date: '',
  place: '',
});
export const emptyClosing = (): ClosingFields => ({ contact: '', website: '' });

export function cleanCover(cover: Partial<Record<keyof CoverFields, unknown>>): CoverFields {
  const field = (name: keyof CoverFields) =>
    typeof cover[name] === 'string' ? cleanText(cover[name], ownLimits[name]) : '';
  return {
    subtitle: field('subtitle'),
    presenter: field('presenter'),
    organisation: field('organisation'),
    date: field('date'),
    place: field('place'),
  };
}

export function cleanClosing(closing: Partial<Record<keyof ClosingFields, unknown>>): ClosingFields {
  const field = (name: keyof ClosingFields) =>
    typeof closing[name] === 'string' ? cleanText(closing[name], ownLimits[name]) : '';
  return { contact: field('contact'), website: field('website') };
}

/** A text slide with cleaned title and bullets; empty bullets are dropped, at most six are kept. */
export function cleanTextSlide(key: string, title: unknown, bullets: unknown): OwnTextSlide {
  const list = Array.isArray(bullets) ? bullets.slice(0, maxBullets * 4) : [];
  return {
    key,
    title: typeof title === 'string' ? cleanText(title, ownLimits.slideTitle) : '',
    bullets: list
      .filter((b): b is string => typeof b === 'string')
      .map((b) => cleanText(b, ownLimits.bullet))
      .filter((b) => b !== '')
      .slice(0, maxBullets),
  };
}

export const hasContent = (fields: object): boolean =>
  Object.values(fields).some((value) => typeof value === 'string' && value !== '');

/** A key figure slide with every field cleaned and cut to its limit. */
export function cleanFigureSlide(key: string, fields: Partial<Record<string, unknown>>): OwnFigureSlide {
  const field = (name: string, max: number) => {
    const value = fields[name];
    return typeof value === 'string' ? cleanText(value, max) : '';
  };
  return {
    key,
    kind: 'figure',
    title: field('title', ownLimits.slideTitle),
    value: field('value', ownLimits.figureValue),
    label: field('label', ownLimits.figureLabel),
    date: field('date', ownLimits.figureDate),
    source: field('source', ownLimits.source),
  };
}

/** The table as typed: control characters out but tabs and line breaks kept, cut to its limit. */
export function cleanTable(text: string): string {
  const lines = text
    .slice(0, ownLimits.chartTable * 2)
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .split('\t')
        .map((cell) => cleanText(cell, ownLimits.chartTable))
        .join('\t'),
    );
  return cutAt(lines.join('\n'), ownLimits.chartTable);
}

/** A chart slide with every field cleaned and cut to its limit. */
export function cleanChartSlide(key: string, fields: Partial<Record<string, unknown>>): OwnChartSlide {
  const field = (name: string, max: number) => {
    const value = fields[name];
    return typeof value === 'string' ? cleanText(value, max) : '';
  };
  return {
    key,
    kind: 'chart',
    title: field('title', ownLimits.slideTitle),
    table: typeof fields['table'] === 'string' ? cleanTable(fields['table']) : '',
    unit: field('unit', ownLimits.chartUnit),
    source: field('source', ownLimits.source),
  };
}

/** An empty own slide of a layout, under `key`, keeping the title when the layout changes. */
export function emptyOwnSlide(key: string, layout: OwnLayout, title = ''): OwnSlide {
  if (layout === 'figure') return { key, kind: 'figure', title, value: '', label: '', date: '', source: '' };
  if (layout === 'chart') return { key, kind: 'chart', title, table: '', unit: '', source: '' };
  return { key, title, bullets: [] };
}

/** What is wrong with a key figure, in Dutch: it needs a number, a label, a date and a source. */
export function figureSlideProblems(slide: Omit<OwnFigureSlide, 'key' | 'kind'>): string[] {
  const problems: string[] = [];
  if (slide.value.trim() === '') problems.push('Vul het kerncijfer in.');
  else if (!/\d/.test(slide.value))
    problems.push('Het kerncijfer moet een getal bevatten, bijvoorbeeld 1.250 of 23%.');
  if (slide.label.trim() === '') problems.push('Zeg wat het getal telt.');
  if (slide.date.trim() === '') problems.push('Geef de datum of het jaar waarop het getal slaat.');
  if (slide.source.trim() === '') problems.push('Vermeld de bron van het getal.');
  return problems;
}

/** True when an own slide has text of its own (removing it asks first). */
export function ownSlideHasText(slide: OwnSlide): boolean {
  if (slide.kind === 'figure')
    return [slide.title, slide.value, slide.label, slide.date, slide.source].some((v) => v !== '');
  if (slide.kind === 'chart')
    return [slide.title, slide.table, slide.unit, slide.source].some((v) => v !== '');
  return slide.title !== '' || slide.bullets.length > 0;
}

/** Own key figures and charts in `slides` that name no source (each says so on the slide). */
export function withoutSource(own: readonly OwnSlide[] | undefined, slides: readonly string[]): OwnSlide[] {
  return (own ?? []).filter(
    (slide) =>
      slides.includes(slide.key) &&
      (slide.kind === 'figure' || slide.kind === 'chart') &&
      slide.source.trim() === '',
  );
}

/** The Dutch note an export adds when own figures have no source: nothing is exported silently. */
export function withoutSourceNote(slides: readonly OwnSlide[]): string {
  if (slides.length === 0) return '';
  const names = slides.map((slide) => `“${slide.title || 'zonder titel'}”`).join(', ');
  return slides.length === 1
    ? ` Let op: je eigen slide ${names} heeft geen bron; op de slide staat “Bron ontbreekt”. Vul de bron in de bouwdoos in.`
    : ` Let op: ${slides.length} eigen slides hebben geen bron (${names}); op die slides staat “Bron ontbreekt”. Vul de bronnen in de bouwdoos in.`;
}

/** What is wrong with a text slide, in Dutch, for the builder to show beside the form. */
export function textSlideProblems(slide: { title: string; bullets: readonly string[] }): string[] {
  const problems: string[] = [];
  if (slide.title.trim() === '') problems.push('Geef je slide een titel.');
  if (slide.bullets.filter((b) => b.trim() !== '').length > maxBullets)
    problems.push(`Een slide heeft hoogstens ${maxBullets} punten.`);
  return problems;
}

/** "Nog 12 tekens" under a field, or a warning when the limit is reached. */
export function charactersLeft(value: string, max: number): string {
  const left = max - value.length;
  if (left <= 0) return `Je hebt het maximum van ${max} tekens bereikt.`;
  return left === 1 ? 'Nog 1 teken.' : `Nog ${left} tekens.`;
}

/** The next free key for an own text slide, or undefined when the deck has the maximum. */
export function nextOwnKey(own: readonly OwnSlide[]): string | undefined {
  if (own.length >= maxOwnSlides) return undefined;
  const used = new Set(own.map((slide) => slide.key));
  for (let n = 1; n < 1000; n += 1) if (!used.has(`_${n}`)) return `_${n}`;
  return undefined;
}

/** Markers that open the compact form of an own slide other than text (a number, never a title). */
const compactKind = { figure: 1, chart: 2 } as const;

/**
 * An own slide in the compact form a link and a deck file carry it in. A text slide is
 * `[title, ...bullets]`; a key figure `[1, title, value, label, date, source]`; a chart
 * `[2, title, table, unit, source]`. Told apart by their first element (a title is a string),
 * so that links made before key figures and charts keep their meaning.
 */
export function ownSlideToCompact(slide: OwnSlide): unknown {
  if (slide.kind === 'figure')
    return [compactKind.figure, slide.title, slide.value, slide.label, slide.date, slide.source];
  if (slide.kind === 'chart') return [compactKind.chart, slide.title, slide.table, slide.unit, slide.source];
  return [slide.title, ...slide.bullets];
}

/** An own slide read back from its compact form under `key` (`_1`, …), or a Dutch problem. */
export function ownSlideFromCompact(value: unknown, key: string): OwnSlide | { problem: string } {
  const damaged = {
    problem: `Eigen slide ${key.slice(1)} in deze link is beschadigd en wordt niet getoond.`,
  };
  if (!Array.isArray(value) || value.length === 0) return damaged;
  const [first, ...rest] = value as unknown[];
  if (first === compactKind.figure && rest.length === 5 && rest.every((v) => typeof v === 'string')) {
    const [title, figure, label, date, source] = rest;
    return cleanFigureSlide(key, { title, value: figure, label, date, source });
  }
  if (first === compactKind.chart && rest.length === 4 && rest.every((v) => typeof v === 'string')) {
    const [title, table, unit, source] = rest;
    return cleanChartSlide(key, { title, table, unit, source });
  }
  if (typeof first !== 'string') return damaged;
  return cleanTextSlide(key, first, rest);
}
