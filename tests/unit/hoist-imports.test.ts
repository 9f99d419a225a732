import { describe, expect, it } from 'vitest';
import {
  hoistedImports,
  relativeSpecifier,
  transitiveImports,
  type ChunkLike,
} from '../../src/integrations/hoist-imports';

const chunk = (fileName: string, imports: string[], isEntry = false): ChunkLike => ({
  type: 'chunk',
  fileName,
  imports,
  isEntry,
  code: '',
});

/** entry → a → c → d, entry → b → c; b → d too. */
const bundle = new Map(
  [
    chunk('_astro/entry.js', ['_astro/a.js', '_astro/b.js'], true),
    chunk('_astro/a.js', ['_astro/c.js']),
    chunk('_astro/b.js', ['_astro/c.js', '_astro/d.js']),
    chunk('_astro/c.js', ['_astro/d.js']),
    chunk('_astro/d.js', []),
  ].map((c) => [c.fileName, c]),
);

describe('a page script names every chunk it needs', () => {
  it('finds every chunk reached through others, once, nearest first, never itself', () => {
    expect(transitiveImports('_astro/entry.js', bundle)).toEqual([
      '_astro/a.js',
      '_astro/b.js',
      '_astro/c.js',
      '_astro/d.js',
    ]);
    const cycle = new Map([
      ['x.js', chunk('x.js', ['y.js'], true)],
      ['y.js', chunk('y.js', ['x.js'])],
    ]);
    expect(transitiveImports('x.js', cycle)).toEqual(['y.js']);
    expect(transitiveImports('missing.js', bundle)).toEqual([]);
  });

  it('appends only the chunks the entry does not import itself, as bare imports', () => {
    expect(hoistedImports('_astro/entry.js', bundle)).toBe('import "./c.js";import "./d.js";');
    expect(hoistedImports('_astro/d.js', bundle)).toBe('');
  });

  it('writes specifiers relative to the importing chunk', () => {
    expect(relativeSpecifier('_astro/entry.js', '_astro/c.js')).toBe('./c.js');
    expect(relativeSpecifier('entry.js', 'chunks/c.js')).toBe('./chunks/c.js');
    expect(relativeSpecifier('pages/deck/entry.js', 'chunks/c.js')).toBe('../../chunks/c.js');
    expect(relativeSpecifier('pages/entry.js', 'pages/sub/c.js')).toBe('./sub/c.js');
  });
});
