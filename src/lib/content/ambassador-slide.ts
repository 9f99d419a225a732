// Used at build time: turns an ambassador record into a slide of the library.
import type { Ambassador } from '../../schemas/ambassador';

/** Prefix that keeps ambassador slide ids apart from slide-module ids. */
export const ambassadorSlidePrefix = 'ambassadeur-';

/** The slide id of an ambassador's quote. */
export function ambassadorSlideId(ambassadorId: string): string {
  return `${ambassadorSlidePrefix}${ambassadorId}`;
}

/** "role, organisation", leaving out what the source does not give. */
export function affiliation(ambassador: Ambassador): string {
  return [ambassador.role, ambassador.organisation].filter((part) => part !== undefined).join(', ');
}

/** The quote's paragraphs: the source separates them with a blank line (a hashtag line, say). */
export function quoteParagraphs(quote: string): string[] {
  return quote
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/** Words a quote may have to be projected whole: a projected slide carries one message. */
export const stageQuoteWords = 40;

/**
 * Whether the whole quote is projected. A longer one is spoken from the notes and read on the
 * slide page and in the hand-out, while the slide shows the ambassador's headline (the seed's
 * own words, the slide's title); a quote without a headline is always projected.
 */
export function quoteOnStage(ambassador: Pick<Ambassador, 'quote' | 'headline'>): boolean {
  return (
    ambassador.headline === undefined ||
    ambassador.quote.split(/\s+/).filter(Boolean).length <= stageQuoteWords
  );
}

/**
 * What a slide projects of a quote too long for the stage: its opening sentences up to
 * `stageQuoteWords` words, verbatim, then "[…]" (and the source's closing mark when it has one).
 * The whole quote stays in the notes, on the slide page and in the hand-out.
 */
export function stageExcerpt(quote: string): string {
  const [first = ''] = quoteParagraphs(quote);
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  // A sentence ends at . ! ? or … before a space and a capital (not "a.s. ouders", not "1.000").
  const sentences = first.split(/(?<=[.!?…][”’"]?)\s+(?=[\p{Lu}“‘"(])/u);
  let excerpt = '';
  for (const sentence of sentences) {
    const longer = excerpt === '' ? sentence : `${excerpt} ${sentence}`;
    if (excerpt !== '' && words(longer) > stageQuoteWords) break;
    excerpt = longer;
  }
  // One long first sentence: cut it at the word limit.
  if (words(excerpt) > stageQuoteWords) excerpt = excerpt.split(/\s+/).slice(0, stageQuoteWords).join(' ');
  excerpt = excerpt.trim();
  if (excerpt === quote.trim()) return excerpt;
  const closing = /^[“„]/.test(quote.trim()) && /”$/.test(quote.trim()) ? '”' : '';
  return `${excerpt.replace(/”$/, '')} […]${closing}`;
}

/** The quote split into its opening quotation mark (if the source has one) and the rest. */
export function openingMark(text: string): { mark: string; rest: string } {
  const match = /^(['"‘“„])/.exec(text);
  return match === null ? { mark: '', rest: text } : { mark: match[1]!, rest: text.slice(1) };
}

/** Opening quotation marks the source uses. */
const openingQuote = /^['"‘“„]/;

/**
 * Whether the source puts only the headline in quotation marks and sets the paragraph under it
 * without them (audit 2026-12-05 QA3): then that paragraph is not read out as a quotation.
 */
export function onlyHeadlineQuoted(ambassador: Pick<Ambassador, 'quote' | 'headline'>): boolean {
  return (
    ambassador.headline !== undefined &&
    openingQuote.test(ambassador.headline.trim()) &&
    !openingQuote.test(ambassador.quote.trim())
  );
}

/** The link target of a web address printed without a scheme ("www.example.nl"). */
export function websiteHref(website: string): string {
  return `https://${website}`;
}

/** Fields of the generated slide that do not depend on other content. */
export function ambassadorSlideFields(ambassador: Ambassador) {
  const who = affiliation(ambassador);
  const speaker = who === '' ? ambassador.name : `${ambassador.name}, ${who}`;
  return {
    id: ambassadorSlideId(ambassador.id),
    title: ambassador.headline ?? `${ambassador.name} aan het woord`,
    part: 'ambassadeurs' as const,
    // Ambassador slides are found by part and sector; topics are for slide modules.
    tags: [] as string[],
    summary: `${speaker}, aan het woord.`,
    layout: 'quote' as const,
    notes:
      (onlyHeadlineQuoted(ambassador)
        ? `Alleen de kop staat in de bron tussen aanhalingstekens; lees die letterlijk voor als citaat van ${speaker}. De tekst eronder zet de bron zonder aanhalingstekens bij de naam: breng die niet als citaat, maar als toelichting (“In de bron staat daarbij: …”), tot de ambassadeur dit als citaat bevestigt. `
        : quoteOnStage(ambassador)
          ? `Lees het citaat letterlijk voor en noem de spreker: ${speaker}. `
          : `Op de slide staan de kop en het begin van het citaat; het hele citaat staat hieronder. Lees het letterlijk voor en noem de spreker: ${speaker}. `) +
      'Dit is een van de ambassadeurs van de Landelijke coalitie Kansrijke Start.',
  };
}

/** Ambassadors in deck order, gathered by sector in the order the sectors first appear. */
export function sectorGroups<T extends { ambassador: Pick<Ambassador, 'sector'> }>(
  voices: readonly T[],
): { sector: Ambassador['sector']; members: T[] }[] {
  const groups = new Map<Ambassador['sector'], T[]>();
  for (const voice of voices) {
    const members = groups.get(voice.ambassador.sector) ?? [];
    members.push(voice);
    groups.set(voice.ambassador.sector, members);
  }
  return [...groups].map(([sector, members]) => ({ sector, members }));
}
