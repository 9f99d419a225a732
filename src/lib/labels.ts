// Used at build time and in the browser: Dutch names for the parts of the story.
import type { SlidePart } from '../schemas/slide';

export const partLabels: Record<SlidePart, string> = {
  verhaal: 'Het verhaal',
  ambities: 'Ambities & speerpunten',
  ambassadeurs: 'Ambassadeurs aan het woord',
  achtergrond: 'Achtergrond',
};
