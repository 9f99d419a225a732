import { describe, expect, it } from 'vitest';
import { withoutLayoutKey } from '../../src/integrations/slide-layout-key';

describe('a slide’s layout key before MDX compiles it', () => {
  it('is blanked, so Astro does not try to import "fact" as a layout component', () => {
    const code = '---\nid: x\nlayout: fact\ntitle: T\n---\n\nText with layout: kept\n';
    const out = withoutLayoutKey(code);
    expect(out).not.toMatch(/^layout:/m);
    expect(out).toContain('id: x\n# slide layout: fact\ntitle: T');
  });

  it('leaves the slide body alone, even a line that starts with "layout:"', () => {
    const code = '---\nid: x\nlayout: chart\n---\nlayout: in the body\n';
    expect(withoutLayoutKey(code).endsWith('---\nlayout: in the body\n')).toBe(true);
  });

  it('changes nothing in a file without a layout key', () => {
    const code = '---\nid: x\n---\nBody\n';
    expect(withoutLayoutKey(code)).toBe(code);
  });
});
