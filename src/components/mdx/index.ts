// Used at build time: the components every slide's MDX may use without importing them.
import SlideLink from './SlideLink.astro';
import BackToGuide from './BackToGuide.astro';
import ExternalLink from './ExternalLink.astro';
import KeyFigure from './KeyFigure.astro';
import Columns from './Columns.astro';
import Card from './Card.astro';
import Lead from './Lead.astro';
import Quote from './Quote.astro';
import Chart from './Chart.astro';
import Toelichting from './Toelichting.astro';
import Fact from './Fact.astro';
import Leespagina from './Leespagina.astro';

export const mdxComponents = {
  SlideLink,
  BackToGuide,
  ExternalLink,
  KeyFigure,
  Columns,
  Card,
  Lead,
  Quote,
  Chart,
  Toelichting,
  Fact,
  Leespagina,
};
