import { describe, expect, it } from 'vitest';
import {
  elementsWithAttribute,
  indexedHtml,
  indexedPart,
  oneRecordPerSlide,
  pageDescription,
  pageUrl,
  searchRecords,
  spaceBetweenTags,
} from '../../src/lib/search/records';

describe('pageUrl', () => {
  it('turns built files into the addresses the site serves', () => {
    expect(['index.html', 'slides/titel/index.html', 'verhaal/index.html', '404.html'].map(pageUrl)).toEqual([
      '/',
      '/slides/titel/',
      '/verhaal/',
      '/404',
    ]);
  });
});

describe('elementsWithAttribute', () => {
  it('cuts out each marked element whole, also when it holds elements of the same name', () => {
    const html =
      '<main><section id="a" data-search-record><h3>A</h3><section><p>binnen</p></section><p>na</p></section>' +
      '<section id="b" data-search-record data-x="1"><p>B</p></section><section id="c"><p>C</p></section></main>';
    expect(elementsWithAttribute(html, 'data-search-record')).toEqual([
      {
        id: 'a',
        html: '<section id="a" data-search-record><h3>A</h3><section><p>binnen</p></section><p>na</p></section>',
      },
      { id: 'b', html: '<section id="b" data-search-record data-x="1"><p>B</p></section>' },
    ]);
  });

  it('does not take an attribute that only starts with the same name', () => {
    expect(
      elementsWithAttribute('<div id="a" data-search-record-not><p>x</p></div>', 'data-search-record'),
    ).toEqual([]);
  });
});

describe('searchRecords', () => {
  it('indexes nothing of a page without data-pagefind-body, such as a deck player', () => {
    expect(
      searchRecords(
        'decks/het-verhaal/index.html',
        '<html lang="nl"><body><section id="a"><h2>A</h2></section></body></html>',
      ),
    ).toEqual([]);
  });

  it('indexes a page with data-pagefind-body as one record at its own address', () => {
    const html =
      '<html lang="nl"><body><header>menu</header><article data-pagefind-body><h1>Titel</h1></article></body></html>';
    expect(searchRecords('slides/titel/index.html', html)).toEqual([{ url: '/slides/titel/', html }]);
  });

  it('indexes each marked section of a split page as its own record at the page address plus the id', () => {
    const html =
      '<html lang="nl"><body><nav>inhoud</nav>' +
      '<section id="een" data-pagefind-body data-search-record><h3>Een</h3></section>' +
      '<section id="twee" data-pagefind-body data-search-record><h3>Twee</h3></section></body></html>';
    expect(searchRecords('verhaal/index.html', html)).toEqual([
      {
        url: '/verhaal/#een',
        html: '<!doctype html><html lang="nl"><body><section id="een" data-pagefind-body data-search-record><h3>Een</h3></section></body></html>',
      },
      {
        url: '/verhaal/#twee',
        html: '<!doctype html><html lang="nl"><body><section id="twee" data-pagefind-body data-search-record><h3>Twee</h3></section></body></html>',
      },
    ]);
  });
});

describe('pageUrl, more paths', () => {
  it('takes Windows separators and leading slashes, and keeps a page that is not an index', () => {
    expect(
      ['slides\\titel\\index.html', '//verhaal/index.html', 'zoeken.html', 'fout/404.html', 'a/b.htm'].map(
        pageUrl,
      ),
    ).toEqual(['/slides/titel/', '/verhaal/', '/zoeken', '/fout/404', '/a/b.htm']);
  });
});

describe('elementsWithAttribute, edge cases', () => {
  it('finds the attribute with a value or self-closing, in any tag case, and skips a marked element without an id', () => {
    const html =
      '<DIV id="a" data-search-record="ja"><div>x</div></DIV><p data-search-record>geen id</p>' +
      '<section data-search-record id="b"><p>B</p></section>';
    expect(elementsWithAttribute(html, 'data-search-record')).toEqual([
      { id: 'a', html: '<DIV id="a" data-search-record="ja"><div>x</div></DIV>' },
      { id: 'b', html: '<section data-search-record id="b"><p>B</p></section>' },
    ]);
  });

  it('takes the rest of the page for an element that is never closed, and does not look inside a taken element', () => {
    expect(elementsWithAttribute('<div id="a" data-r><div id="b" data-r>x</div>', 'data-r')).toEqual([
      { id: 'a', html: '<div id="a" data-r><div id="b" data-r>x</div>' },
    ]);
    expect(
      elementsWithAttribute('<p id="a" data-r>x</p><p id="b" data-r>y</p>', 'data-r').map((e) => e.id),
    ).toEqual(['a', 'b']);
    // A tag whose name only starts with the same name is not counted.
    expect(elementsWithAttribute('<p id="a" data-r><pre>x</pre>y</p>z', 'data-r')).toEqual([
      { id: 'a', html: '<p id="a" data-r><pre>x</pre>y</p>' },
    ]);
    expect(elementsWithAttribute('<p data-r-x id="a">x</p><p data-rx id="b">y</p>', 'data-r')).toEqual([]);
  });
});

describe('searchRecords, language and markers', () => {
  it('gives the records of a split page the page’s language, Dutch when it has none', () => {
    const body = '<section id="een" data-pagefind-body data-search-record>x</section>';
    expect(
      searchRecords('verhaal/index.html', `<html class="x" lang="en"><body>${body}</body></html>`)[0]!.html,
    ).toBe(`<!doctype html><html lang="en"><body>${body}</body></html>`);
    expect(searchRecords('verhaal/index.html', `<html><body>${body}</body></html>`)[0]!.html).toContain(
      '<html lang="nl">',
    );
  });

  it('indexes only a page whose marker is the attribute itself', () => {
    expect(searchRecords('a/index.html', '<main data-pagefind-body-x>x</main>')).toEqual([]);
    expect(searchRecords('a/index.html', '<main data-pagefind-body="">x</main>')).toHaveLength(1);
    expect(searchRecords('a/index.html', '<main data-pagefind-body>x</main>')).toHaveLength(1);
  });
});

describe('what Pagefind indexes', () => {
  it('puts a space between neighbouring tags only, so blocks never run together and words stay whole', () => {
    expect(spaceBetweenTags('<p>investeert</p><p>Bron: <strong>Heck</strong>man</p>')).toBe(
      '<p>investeert</p> <p>Bron: <strong>Heck</strong>man</p>',
    );
    expect(spaceBetweenTags('<a><b><c>')).toBe('<a> <b> <c>');
  });

  it('reads the page’s description, also an empty one, and nothing when there is none', () => {
    expect(pageDescription('<meta  name="description"   content="Over de eerste 1000 dagen.">')).toBe(
      'Over de eerste 1000 dagen.',
    );
    expect(pageDescription('<meta name="description" content="">')).toBe('');
    expect(pageDescription('<meta name="keywords" content="x">')).toBeUndefined();
  });

  it('keeps each slide once: its slide page, not the story’s section of the same slide', () => {
    const records = [
      { url: '/slides/eerste-1000-dagen/', html: 'slide' },
      { url: '/verhaal/#eerste-1000-dagen', html: 'verhaal' },
      { url: '/verhaal/#alleen-in-het-verhaal', html: 'verhaal 2' },
      { url: '/verhaal/#eerste-1000-dagen-x', html: 'verhaal 3' },
      { url: '/slides/eerste-1000-dagen/print/', html: 'print' },
      { url: '/andere/#eerste-1000-dagen', html: 'ander' },
    ];
    expect(oneRecordPerSlide(records).map((record) => record.html)).toEqual([
      'slide',
      'verhaal 2',
      'verhaal 3',
      'print',
      'ander',
    ]);
    // A slide page inside another path does not hide the story's section.
    expect(
      oneRecordPerSlide([
        { url: '/x/slides/a/', html: 'x' },
        { url: '/verhaal/#a', html: 'verhaal' },
      ]),
    ).toHaveLength(2);
    expect(
      oneRecordPerSlide([
        { url: '/slides/a/', html: 'slide' },
        { url: '/verhaal/#a/x', html: 'verhaal' },
        { url: 'x/verhaal/#a', html: 'ander' },
      ]).map((record) => record.html),
    ).toEqual(['slide', 'verhaal', 'ander']);
  });

  it('hands Pagefind only the indexed part of a page, unless a filter or meta lies outside it', () => {
    const page = (head: string, body: string) =>
      `<!DOCTYPE html><html lang="nl"><head>${head}<script>var x = 1;</script></head>` +
      `<body><nav>menu</nav>${body}<footer>voet</footer></body></html>`;
    const article =
      '<article data-pagefind-body><h1>Titel</h1><div><p data-pagefind-filter="thema">Zorg</p></div></article>';
    expect(indexedPart(page('<title>T</title>', article))).toBe(
      `<!doctype html><html lang="nl"><body>${article}</body></html>`,
    );
    // Two indexed parts: both, in page order.
    const second = '<section data-pagefind-body>Meer</section>';
    expect(indexedPart(page('', `${article}<aside>niet</aside>${second}`))).toBe(
      `<!doctype html><html lang="nl"><body>${article}${second}</body></html>`,
    );
    // Pagefind reads filters, meta and sort keys anywhere on the page: then it gets the whole page.
    for (const outside of [
      '<span data-pagefind-filter="soort:slide"></span>',
      '<meta data-pagefind-meta="image[content]" content="/x.png">',
      '<span data-pagefind-sort="datum">2026</span>',
    ]) {
      const html = page(outside, article);
      expect(indexedPart(html)).toBe(html);
    }
    // Nothing marked: the page as it is.
    expect(indexedPart(page('', '<main>x</main>'))).toBe(page('', '<main>x</main>'));
  });

  it('adds a slide page’s summary as the first paragraph of its indexed part, and spaces the tags', () => {
    const html =
      '<html lang="nl"><head><meta name="description" content="Waarom de eerste 1000 dagen tellen."></head>' +
      '<body><nav>menu</nav><article class="slide" data-pagefind-body><h1>Titel</h1><p>Tekst</p></article></body></html>';
    expect(indexedHtml({ url: '/slides/titel/', html })).toBe(
      '<!doctype html> <html lang="nl"> <body> ' +
        '<article class="slide" data-pagefind-body><p>Waarom de eerste 1000 dagen tellen.</p>  <h1>Titel</h1> <p>Tekst</p> </article> </body> </html>',
    );
    const withValue = '<meta name="description" content="S."><main data-pagefind-body="" id="m">x</main>';
    expect(indexedHtml({ url: '/slides/a/', html: withValue })).toBe(
      '<!doctype html> <html lang="nl"> <body> <main data-pagefind-body="" id="m"><p>S.</p> x</main> </body> </html>',
    );
  });

  it('adds no summary to other pages, nor an empty one', () => {
    const html = '<meta name="description" content="Samenvatting."><main data-pagefind-body>x</main>';
    const bare = spaceBetweenTags(
      '<!doctype html><html lang="nl"><body><main data-pagefind-body>x</main></body></html>',
    );
    for (const url of ['/verhaal/', '/slides/a/b/', '/x/slides/a/', '/slides/a'])
      expect(indexedHtml({ url, html })).toBe(bare);
    const empty = '<meta name="description" content=""><main data-pagefind-body>x</main>';
    expect(indexedHtml({ url: '/slides/a/', html: empty })).toBe(bare);
  });
});
