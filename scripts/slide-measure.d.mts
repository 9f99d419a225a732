/** What the budget test and the bench read of the slide reveal.js shows now (stage pixels). */
export interface SlideMeasure {
  id: string;
  /** Smallest text other than source lines; 0 when the slide has none. */
  smallestText: number;
  smallestSource: number;
  /** Smallest font Chart.js resolved on the slide's charts; 0 without charts. */
  smallestChart: number;
  /** Words on the projected slide, title and source line left out. */
  words: number;
  /** Each breach of the budget, in Dutch. */
  problems: string[];
}
export function measureCurrentSlide(): SlideMeasure;
