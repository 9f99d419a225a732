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

describe('the offline file’s frame', () => {
  it('is a Dutch page with its own policy for exactly the inline script and style it holds', () => {
    const seen: Array<{ script: string; style: string }> = [];
    const template = offlineTemplate({
      css: 'p{}</STYLE></style>',
      js: 'x()</Script></script>',
      siteUrl: site,
      policy: (inline) => {
        seen.push(inline);
        return `script-src 'sha256-x' "&<>`;
      },
    });
    expect(seen).toEqual([{ script: 'x()<\\/script><\\/script>', style: 'p{}<\\/style><\\/style>' }]);
    expect(template.split('\n').slice(0, 6)).toEqual([
      '<!doctype html>',
      '<html lang="nl">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="script-src 'sha256-x' &quot;&amp;&lt;&gt;">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ]);
    expect(template.endsWith('</body>\n</html>\n')).toBe(true);
    expect(template).toContain(
      `<nav class="deck-exit" aria-label="Verlaat de presentatie"><a href="${site}/">Naar de verhaalkit (online)</a></nav>`,
    );
  });

  it('has no policy line without a policy, and no link back without the site’s address', () => {
    const template = offlineTemplate({ css: '', js: '', siteUrl: '' });
    expect(template).not.toContain('Content-Security-Policy');
    expect(template).not.toContain('deck-exit');
    expect(template).not.toContain('href=');
  });

  it('puts the title in every place: tab, description, heading and the deck’s label', () => {
    const html = fillOfflineTemplate(
      offlineTemplate({ css: '', js: '', siteUrl: site }),
      'Mijn deck',
      '',
      site,
    );
    expect(html).toContain('<title>Mijn deck · Presentatie (offline) · Kansrijke Start verhaalkit</title>');
    expect(html).toContain(
      '<meta name="description" content="Presentatie: Mijn deck. Werkt zonder internet.">',
    );
    expect(html).toContain('<h1 class="deck-heading">Mijn deck</h1>');
    expect(html).toContain('<div class="reveal" role="main" aria-label="Presentatie: Mijn deck">');
    expect(html).not.toContain('<!--kit:');
  });
});

describe('the slides in the offline file', () => {
  it('drops every script that is not chart data, also over several lines and with attributes', () => {
    expect(
      withoutScripts(
        '<script type="module">a()\nb()</script><p>x</p><script async src="/y.js"></script>' +
          '<script type="application/json" id="c">{"a":1}</script><scripted>z</scripted>',
      ),
    ).toBe('<p>x</p><script type="application/json" id="c">{"a":1}</script><scripted>z</scripted>');
  });

  it('leads links and images of the site to the site online, leaving other addresses alone', () => {
    expect(
      absoluteLinks(
        '<a href="/a/">a</a> <img alt="x" src="/b.png"> <a href="https://x.nl/">x</a> <a data-href="/c">c</a>',
        site,
      ),
    ).toBe(
      `<a href="${site}/a/">a</a> <img alt="x" src="${site}/b.png"> <a href="https://x.nl/">x</a> <a data-href="/c">c</a>`,
    );
  });

  it('takes only sections that are slides', () => {
    expect(
      deckSections(
        '<section class="x"><p>geen slide</p></section>\n<section data-slide-id="a" class="s">\n<p>A</p>\n</section>',
      ),
    ).toEqual(['<section data-slide-id="a" class="s">\n<p>A</p>\n</section>']);
    expect(deckSections('<p>geen slides</p>')).toEqual([]);
  });
});
