// Used at build time and in the browser: Dutch names for the parts of the story and the sectors.
import type { SlidePart } from '../../schemas/slide';

export const partLabels: Record<SlidePart, string> = {
  verhaal: 'Het verhaal',
  ambities: 'Ambities & speerpunten',
  ambassadeurs: 'Ambassadeurs aan het woord',
  achtergrond: 'Achtergrond',
};

/** A sector as a label: "Sociaal domein" for "sociaal domein". */
export function sectorLabel(sector: string): string {
  return sector.charAt(0).toUpperCase() + sector.slice(1);
}
