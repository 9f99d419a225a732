// Used at build time: turns an ambassador record into a slide of the library.
import type { Ambassador } from '../schemas/ambassador';

/** Prefix that keeps ambassador slide ids apart from slide-module ids. */
export const ambassadorSlidePrefix = 'ambassadeur-';

/** The slide id of an ambassador's quote. */
export function ambassadorSlideId(ambassadorId: string): string {
  return `${ambassadorSlidePrefix}${ambassadorId}`;
}

/** Fields of the generated slide that do not depend on other content. */
export function ambassadorSlideFields(ambassador: Ambassador) {
  return {
    id: ambassadorSlideId(ambassador.id),
    title: ambassador.headline ?? `${ambassador.name} aan het woord`,
    part: 'ambassadeurs' as const,
    tags: ['ambassadeur', ambassador.sector],
    summary: `${ambassador.name}, ${ambassador.role} (${ambassador.organisation}), aan het woord.`,
    notes:
      `Lees het citaat letterlijk voor en noem de spreker: ${ambassador.name}, ` +
      `${ambassador.role}, ${ambassador.organisation}. ` +
      'Dit is een van de ambassadeurs van de Landelijke coalitie Kansrijke Start.',
  };
}
