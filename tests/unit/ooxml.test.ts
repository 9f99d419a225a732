import { describe, expect, it } from 'vitest';
import {
  dutchLanguage,
  language,
  notesTextBody,
  singleParagraphProperties,
  withNotes,
} from '../../src/lib/export/ooxml';

describe('the finishing touches to the PowerPoint XML', () => {
  it('marks runs, paragraph ends, defaults and chart text as Dutch, replacing another language', () => {
    const xml =
      '<a:rPr lang="en-US" altLang="en-US" b="1"/><a:endParaRPr/><a:defRPr sz="1200"/><c:lang val="en-US"/>';
    expect(dutchLanguage(xml)).toBe(
      '<a:rPr lang="nl-NL" b="1"/><a:endParaRPr lang="nl-NL"/><a:defRPr lang="nl-NL" sz="1200"/><c:lang val="nl-NL"/>',
    );
    expect(language).toBe('nl-NL');
  });

  it('keeps only the first paragraph properties of a paragraph, and puts them first', () => {
    expect(
      singleParagraphProperties(
        '<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r><a:pPr algn="r"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>',
      ),
    ).toBe('<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
    expect(
      singleParagraphProperties(
        '<a:p><a:r><a:t>a</a:t></a:r><a:pPr marL="0"><a:buNone/></a:pPr></a:p><a:p></a:p>',
      ),
    ).toBe('<a:p><a:pPr marL="0"><a:buNone/></a:pPr><a:r><a:t>a</a:t></a:r></a:p><a:p></a:p>');
  });

  it('writes notes as Dutch paragraphs with real bullets and numbers, escaping the text', () => {
    expect(
      notesTextBody([
        { text: 'Zeg: "1 < 2 & 3"', bold: true },
        { text: 'punt', bullet: 'unordered' },
        { text: 'stap', bullet: 'ordered', level: 1 },
        { text: 'weg\u0001' },
      ]),
    ).toBe(
      '<p:txBody><a:bodyPr/><a:lstStyle/>' +
        '<a:p><a:pPr marL="0" indent="0"><a:buNone/></a:pPr><a:r><a:rPr lang="nl-NL" dirty="0" b="1"/><a:t>Zeg: &quot;1 &lt; 2 &amp; 3&quot;</a:t></a:r><a:endParaRPr lang="nl-NL" dirty="0"/></a:p>' +
        '<a:p><a:pPr marL="228600" indent="-228600"><a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr><a:r><a:rPr lang="nl-NL" dirty="0"/><a:t>punt</a:t></a:r><a:endParaRPr lang="nl-NL" dirty="0"/></a:p>' +
        '<a:p><a:pPr marL="457200" indent="-228600" lvl="1"><a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/></a:pPr><a:r><a:rPr lang="nl-NL" dirty="0"/><a:t>stap</a:t></a:r><a:endParaRPr lang="nl-NL" dirty="0"/></a:p>' +
        '<a:p><a:pPr marL="0" indent="0"><a:buNone/></a:pPr><a:r><a:rPr lang="nl-NL" dirty="0"/><a:t>weg</a:t></a:r><a:endParaRPr lang="nl-NL" dirty="0"/></a:p>' +
        '</p:txBody>',
    );
  });

  it('writes one empty paragraph for a slide without notes', () => {
    expect(notesTextBody([])).toBe(
      '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr marL="0" indent="0"><a:buNone/></a:pPr><a:endParaRPr lang="nl-NL" dirty="0"/></a:p></p:txBody>',
    );
  });

  it('replaces the text of the notes placeholder only, and refuses a notes slide without one', () => {
    const notes =
      '<p:sp><p:nvSpPr><p:ph type="sldImg"/></p:nvSpPr><p:txBody>beeld</p:txBody></p:sp>' +
      '<p:sp><p:nvSpPr><p:ph type="body" idx="1"/></p:nvSpPr><p:txBody>oud</p:txBody></p:sp>';
    expect(withNotes(notes, [{ text: 'nieuw' }])).toBe(
      '<p:sp><p:nvSpPr><p:ph type="sldImg"/></p:nvSpPr><p:txBody>beeld</p:txBody></p:sp>' +
        `<p:sp><p:nvSpPr><p:ph type="body" idx="1"/></p:nvSpPr>${notesTextBody([{ text: 'nieuw' }])}</p:sp>`,
    );
    expect(() => withNotes('<p:sp/>', [])).toThrow('notes slide without a body placeholder');
  });
});
