// Used at build time and by the servers: the site's error pages besides 404, in Dutch. Each is
// built at /fout/<status>/ (src/pages/fout/[code].astro); nginx and the Node fallback send it
// with its status. No imports: Node reads this file as is (deploy/nginx.ts).

export interface ErrorPage {
  status: number;
  title: string;
  text: string;
}

export const errorPages: readonly ErrorPage[] = [
  {
    status: 400,
    title: 'Dit adres is niet te lezen',
    text: 'De server kan dit adres niet lezen. Misschien is de link bij het kopiëren beschadigd: vraag de afzender om een nieuwe link.',
  },
  {
    status: 403,
    title: 'Geen toegang',
    text: 'Deze map van de verhaalkit is niet te bekijken.',
  },
  {
    status: 405,
    title: 'Dit verzoek kan niet',
    text: 'De verhaalkit is een website om te lezen: de server beantwoordt alleen gewone paginaverzoeken.',
  },
  {
    status: 414,
    title: 'Deze link is te lang',
    text: 'Deze link is langer dan de server aanneemt. Een grote presentatie deel je als bestand: download het in de bouwdoos (Maak je eigen presentatie) en open het daar weer.',
  },
  {
    status: 500,
    title: 'Er ging iets mis op de server',
    text: 'De server kon deze pagina nu niet sturen. Probeer het over een paar minuten opnieuw.',
  },
  {
    status: 503,
    title: 'Even niet bereikbaar',
    text: 'De verhaalkit is even niet bereikbaar, bijvoorbeeld door onderhoud. Probeer het over een paar minuten opnieuw.',
  },
];

/** The path of the built page for a status. */
export const errorPagePath = (status: number): string => `/fout/${status}/index.html`;
