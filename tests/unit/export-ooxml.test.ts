import { describe, expect, it } from 'vitest';
import {
  dutchLanguage,
  notesTextBody,
  singleParagraphProperties,
  withNotes,
} from '../../src/lib/export/ooxml';
import { notesFor, shortSource, type ExportSlide } from '../../src/lib/export/model';

describe('the finished PowerPoint package', () => {
  it('marks every run, paragraph end, default and chart as Dutch, also where pptxgenjs wrote no language', () => {
    const xml =
      '<a:rPr lang="en-US" altLang="en-US" sz="2400"/><a:rPr b="1"/><a:endParaRPr lang="en-US" dirty="0"/>' +
      '<a:defRPr lang="en-US"/><c:lang val="en-US"/><a:t>lang="en-US" in text stays</a:t>';
    expect(dutchLanguage(xml)).toBe(
      '<a:rPr lang="nl-NL" sz="2400"/><a:rPr lang="nl-NL" b="1"/><a:endParaRPr lang="nl-NL" dirty="0"/>' +
        '<a:defRPr lang="nl-NL"/><c:lang val="nl-NL"/><a:t>lang="en-US" in text stays</a:t>',
    );
  });

  it('keeps the first paragraph properties of a paragraph, so a bullet is not undone by a later run', () => {
    const paragraph =
      '<a:p><a:pPr marL="228600" indent="-228600"><a:buChar char="•"/></a:pPr><a:r><a:t>Integrale </a:t></a:r>' +
      '<a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:rPr b="1"/><a:t>samenwerking</a:t></a:r></a:p>';
    expect(singleParagraphProperties(paragraph)).toBe(
      '<a:p><a:pPr marL="228600" indent="-228600"><a:buChar char="•"/></a:pPr><a:r><a:t>Integrale </a:t></a:r>' +
        '<a:r><a:rPr b="1"/><a:t>samenwerking</a:t></a:r></a:p>',
    );
    expect(singleParagraphProperties('<a:p><a:r><a:t>x</a:t></a:r></a:p>')).toBe(
      '<a:p><a:r><a:t>x</a:t></a:r></a:p>',
    );
  });

  it('writes the notes as paragraphs, bold headings and real bullets, with XML escaped', () => {
    const body = notesTextBody([
      { text: 'Vertel <kort> & bondig.' },
      { text: 'Bronnen', bold: true },
      { text: 'VWS (2018).', bullet: 'unordered' },
    ]);
    expect(body.match(/<a:p>/g)).toHaveLength(3);
    expect(body).toContain('<a:t>Vertel &lt;kort&gt; &amp; bondig.</a:t>');
    expect(body).toContain('b="1"/><a:t>Bronnen</a:t>');
    expect(body).toContain(
      '<a:buChar char="•"/></a:pPr><a:r><a:rPr lang="nl-NL" dirty="0"/><a:t>VWS (2018).</a:t>',
    );
    expect(body).not.toContain('en-US');
  });

  it('replaces only the text of the notes placeholder, not the slide number', () => {
    const notes =
      '<p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>id</a:t></a:r></a:p></p:txBody></p:sp>' +
      '<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldNum"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:fld><a:t>3</a:t></a:fld></a:p></p:txBody></p:sp>';
    const result = withNotes(notes, [{ text: 'Eén alinea.' }]);
    expect(result).toContain('<a:t>Eén alinea.</a:t>');
    expect(result).not.toContain('<a:t>id</a:t>');
    expect(result).toContain('<a:t>3</a:t>');
    expect(() => withNotes('<p:sp/>', [])).toThrow();
  });
});

const slide = (overrides: Partial<ExportSlide>): ExportSlide => ({
  id: 's',
  title: 'Titel',
  layout: 'default',
  blocks: [],
  sources: [],
  references: [],
  notes: [],
  reading: [],
  ...overrides,
});

describe('the notes of an exported slide', () => {
  it('hold the speaker notes, then the reading text, then the full references, parts apart', () => {
    const notes = notesFor(
      slide({
        notes: ['Vertel dit.'],
        reading: [
          { kind: 'paragraph', runs: [{ text: 'Meer ' }, { text: 'uitleg', bold: true }] },
          { kind: 'list', ordered: true, items: [{ runs: [{ text: 'Eerste' }], level: 0 }] },
        ],
        sources: ['Bron: VWS, 2018'],
        references: ['VWS (2018). Actieprogramma Kansrijke Start.'],
      }),
    );
    expect(notes).toEqual([
      { text: 'Vertel dit.' },
      { text: '' },
      { text: 'Toelichting', bold: true },
      { text: 'Meer uitleg' },
      { text: 'Eerste', bullet: 'ordered', level: 0 },
      { text: '' },
      { text: 'Bron', bold: true },
      { text: 'VWS (2018). Actieprogramma Kansrijke Start.', bullet: 'unordered' },
    ]);
  });

  it('fall back to the source line when a slide names no full reference, and are empty for an empty slide', () => {
    expect(notesFor(slide({ sources: ['Standpunt van het programma Kansrijke Start'] }))).toEqual([
      { text: 'Bron', bold: true },
      { text: 'Standpunt van het programma Kansrijke Start', bullet: 'unordered' },
    ]);
    expect(notesFor(slide({}))).toEqual([]);
  });

  it('shortens a full source line to author and year, and leaves a line without a year whole', () => {
    expect(shortSource('Bron: Heckman, J. (2008). Schools, skills and synapses.')).toBe(
      'Bron: Heckman, J. (2008)',
    );
    expect(shortSource('Bron: Erasmus MC (z.j.). Indeling.')).toBe('Bron: Erasmus MC (z.j.)');
    expect(shortSource('Standpunt van het programma Kansrijke Start.')).toBe(
      'Standpunt van het programma Kansrijke Start.',
    );
  });
});
