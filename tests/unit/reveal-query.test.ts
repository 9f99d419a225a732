import { describe, expect, it } from 'vitest';
import { revealOnlyQuery, safeDeckQuery } from '../../src/lib/deck/reveal-query';

describe('the query string a deck page lets reveal.js see', () => {
  it('keeps print mode, the speaker view’s settings and the remix link', () => {
    expect(safeDeckQuery('?print-pdf')).toBe('?print-pdf');
    expect(safeDeckQuery('?receiver&progress=false&transition=none')).toBe(
      '?receiver&progress=false&transition=none',
    );
    expect(safeDeckQuery('?titel=Mijn+deck&slides=a,b')).toBe('?titel=Mijn+deck&slides=a,b');
  });

  it('drops configuration that could load something from another host or run code', () => {
    expect(safeDeckQuery('?parallaxBackgroundImage=https://example.org/x.png&slides=a')).toBe('?slides=a');
    expect(safeDeckQuery('?transition=<script>alert(1)</script>')).toBe('');
    expect(safeDeckQuery('')).toBe('');
  });

  it('keeps a remix link whole, and shows reveal.js only its own keys while it starts', () => {
    const link = `?titel=Raad&slides=a,_1&versies=AbCd&eigen=z${'A'.repeat(50)}&showNotes=true`;
    expect(safeDeckQuery(link)).toBe(link);
    expect(revealOnlyQuery(link)).toBe('?showNotes=true');
    expect(revealOnlyQuery('?slides=a&print-pdf')).toBe('?print-pdf');
  });
});
