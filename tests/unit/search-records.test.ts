import { describe, expect, it } from 'vitest';
import { elementsWithAttribute, pageUrl, searchRecords } from '../../src/lib/search/records';

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
