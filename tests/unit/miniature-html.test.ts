import { describe, expect, it } from 'vitest';
import { miniatureHtml } from '../../src/lib/deck/miniature-html';

describe('miniatureHtml', () => {
  it('turns links into spans, so a miniature can sit inside a link without being torn apart', () => {
    const html = miniatureHtml(
      '<div class="slide-content"><p>Zie <a href="/slides/x/" class="slide-link" data-slide-link="x">de kaart</a>.</p></div>',
    );
    expect(html).not.toMatch(/<a\b|<\/a>|href=/);
    expect(html).toContain('<span class="slide-link miniature__link" data-slide-link="x">de kaart</span>');
  });

  it('drops ids and the references to them', () => {
    const html = miniatureHtml('<h2 id="t" class="slide-title">T</h2><p aria-labelledby="t">x</p>');
    expect(html).toBe('<h2 class="slide-title">T</h2><p>x</p>');
  });
});
