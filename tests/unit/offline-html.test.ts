import { describe, expect, it } from 'vitest';
import {
  absoluteLinks,
  deckSections,
  fillOfflineTemplate,
  offlineTemplate,
  slidesMarker,
  withoutScripts,
} from '../../src/lib/export/offline-html';

const site = 'https://verhaalkit.example';

describe('the offline file', () => {
  it('keeps styles and the script inline, escaping anything that would end their element', () => {
    const template = offlineTemplate({
      css: 'a::after{content:"</style>"}',
      js: 'var s="</script>";',
      siteUrl: site,
    });
    expect(template).toContain('<style>a::after{content:"<\\/style>"}</style>');
    expect(template).toContain('<script>var s="<\\/script>";</script>');
    expect(template).toContain(`<div class="slides">${slidesMarker}</div>`);
    expect(template).not.toMatch(/<(?:link|script)\b[^>]*\b(?:href|src)=/);
  });

  it('fills in the title as text and the slides, leaving chart data and dropping module scripts', () => {
    const template = offlineTemplate({ css: '', js: '', siteUrl: site });
    const section =
      '<section id="a" data-slide-id="a"><a href="/slides/b/">b</a><a href="#/a">a</a><script type="module" src="/_astro/x.js"></script><script type="application/json" data-chart-spec>{"$&":1}</script></section>';
    const html = fillOfflineTemplate(template, 'Raad & <b>commissie</b>', section, site);
    expect(html).toContain('<title>Raad &amp; &lt;b&gt;commissie&lt;/b&gt; · Presentatie (offline)');
    expect(html).toContain(
      `<div class="slides"><section id="a" data-slide-id="a"><a href="${site}/slides/b/">b</a><a href="#/a">a</a><script type="application/json" data-chart-spec>{"$&":1}</script></section></div>`,
    );
  });

  it('finds the slide sections of a built deck page in order', () => {
    const page =
      '<div class="slides"><section id="a" data-slide-id="a"><p>A</p></section><section id="b" data-slide-id="b"><p>B</p></section></div>';
    expect(deckSections(page)).toEqual([
      '<section id="a" data-slide-id="a"><p>A</p></section>',
      '<section id="b" data-slide-id="b"><p>B</p></section>',
    ]);
    expect(absoluteLinks('<img src="/x.svg"><a href="//other">', site)).toBe(
      `<img src="${site}/x.svg"><a href="//other">`,
    );
    expect(withoutScripts('<script>alert(1)</script><p>x</p>')).toBe('<p>x</p>');
  });
});

describe('the offline file’s title', () => {
  it('escapes double quotes, so a title cannot break out of the attributes it fills', () => {
    const template = offlineTemplate({ css: '', js: '', siteUrl: site });
    const html = fillOfflineTemplate(template, 'x" onmouseover="alert(1)', '', site);
    expect(html).toContain('aria-label="Presentatie: x&quot; onmouseover=&quot;alert(1)"');
    expect(html).toContain(
      '<meta name="description" content="Presentatie: x&quot; onmouseover=&quot;alert(1). Werkt',
    );
    expect(html).not.toContain('" onmouseover="');
  });

  it('escapes the site address in the link back to the site', () => {
    expect(offlineTemplate({ css: '', js: '', siteUrl: 'https://a.example/?x="1"&y' })).toContain(
      '<a href="https://a.example/?x=&quot;1&quot;&amp;y/">Naar de verhaalkit (online)</a>',
    );
  });
});
