// The site's own error pages (besides 404) that nginx and the Node fallback send with their status.
import { describe, expect, it } from 'vitest';
import { errorPagePath, errorPages } from '../../src/lib/site/error-pages';

describe('the error pages', () => {
  it('exist for 400, 403, 405, 414, 500 and 503, each at /fout/<status>/', () => {
    expect(errorPages.map((page) => page.status)).toEqual([400, 403, 405, 414, 500, 503]);
    expect(errorPagePath(414)).toBe('/fout/414/index.html');
  });

  it('say in Dutch what happened and what to do', () => {
    expect(errorPages.map((page) => page.title)).toEqual([
      'Dit adres is niet te lezen',
      'Geen toegang',
      'Dit verzoek kan niet',
      'Deze link is te lang',
      'Er ging iets mis op de server',
      'Even niet bereikbaar',
    ]);
    const text = (status: number) => errorPages.find((page) => page.status === status)!.text;
    expect(text(400)).toContain('vraag de afzender om een nieuwe link');
    expect(text(403)).toBe('Deze map van de verhaalkit is niet te bekijken.');
    expect(text(405)).toContain('alleen gewone paginaverzoeken');
    expect(text(414)).toContain('Een grote presentatie deel je als bestand');
    expect(text(500)).toContain('Probeer het over een paar minuten opnieuw.');
    expect(text(503)).toContain('bijvoorbeeld door onderhoud');
    for (const page of errorPages) expect(page.text).toMatch(/^[A-Z].{30,}\.$/);
  });
});
