import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/content/cite';
import { sourceSchema } from '../../src/schemas/source';

const source = sourceSchema.parse({
  id: 'heckman-2008',
  title: 'Schools, skills, and synapses',
  author: 'J.J. Heckman',
  year: 2008,
});

describe('citation', () => {
  it('cites author, year and title in the form used under slides', () => {
    expect(citation(source)).toBe('J.J. Heckman (2008). Schools, skills, and synapses.');
  });

  it('adds the bibliographic detail after the title', () => {
    expect(citation({ ...source, detail: 'Economic Inquiry 46(3), 289-324' })).toBe(
      'J.J. Heckman (2008). Schools, skills, and synapses, Economic Inquiry 46(3), 289-324.',
    );
  });

  it('writes "z.j." for a source without a year and leaves out the note for the sources page', () => {
    expect(citation({ ...source, year: 'z.j.', note: 'Alleen op de bronnenpagina.' })).toBe(
      'J.J. Heckman (z.j.). Schools, skills, and synapses.',
    );
  });
});
