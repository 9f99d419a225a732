// Used in the browser (and in unit tests): the finishing touches pptxgenjs cannot make itself,
// applied to the XML parts of the generated package (src/client/export/pptx.ts):
// - every run, default and chart text in Dutch (`nl-NL`), so PowerPoint spell-checks in Dutch;
// - one paragraph-properties element per paragraph (pptxgenjs writes one per run, and a reader
//   that takes a later one loses the bullet or numbering of the paragraph);
// - the notes as real paragraphs: speaker notes, the reading text and the full references.

export const language = 'nl-NL';

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow (control characters) cannot be written at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** Marks all text of a part as Dutch: runs, paragraph ends, defaults and chart text. */
export function dutchLanguage(xml: string): string {
  return xml
    .replace(/ altLang="[^"]*"/g, '')
    .replace(/(<a:(?:rPr|defRPr|endParaRPr)\b[^>]*?\blang=")[^"]*"/g, `$1${language}"`)
    .replace(/<a:(rPr|defRPr|endParaRPr)\b(?![^>]*\blang=)/g, `<a:$1 lang="${language}"`)
    .replace(/<c:lang val="[^"]*"\/>/g, `<c:lang val="${language}"/>`);
}

const paragraphProperties = /<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g;

/** Keeps only the first paragraph-properties element of each paragraph (the one that belongs there). */
export function singleParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, inner: string) => {
    let seen = false;
    const kept = inner.replace(paragraphProperties, (properties) => {
      if (seen) return '';
      seen = true;
      return properties;
    });
    // The properties must come first in a paragraph.
    const first = /^(<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>)/.test(kept);
    if (seen && !first) {
      const match = kept.match(paragraphProperties)![0];
      return `<a:p>${match}${kept.replace(match, '')}</a:p>`;
    }
    return `<a:p>${kept}</a:p>`;
  });
}

/** A paragraph of the notes. */
export interface NoteParagraph {
  text: string;
  bold?: boolean;
  bullet?: 'ordered' | 'unordered';
  level?: number;
}

/** The text body of the notes placeholder, one `a:p` per paragraph, Dutch, with real bullets. */
export function notesTextBody(paragraphs: readonly NoteParagraph[]): string {
  const body = (paragraphs.length === 0 ? [{ text: '' }] : paragraphs)
    .map((paragraph) => {
      const level = paragraph.level ?? 0;
      const marL = 228600 * (level + 1);
      const pPr =
        paragraph.bullet === undefined
          ? '<a:pPr marL="0" indent="0"><a:buNone/></a:pPr>'
          : `<a:pPr marL="${marL}" indent="-228600"${level > 0 ? ` lvl="${level}"` : ''}>${
              paragraph.bullet === 'ordered'
                ? '<a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod"/>'
                : '<a:buFont typeface="Arial"/><a:buChar char="•"/>'
            }</a:pPr>`;
      const run =
        paragraph.text === ''
          ? ''
          : `<a:r><a:rPr lang="${language}" dirty="0"${paragraph.bold === true ? ' b="1"' : ''}/><a:t>${escapeXml(paragraph.text)}</a:t></a:r>`;
      return `<a:p>${pPr}${run}<a:endParaRPr lang="${language}" dirty="0"/></a:p>`;
    })
    .join('');
  return `<p:txBody><a:bodyPr/><a:lstStyle/>${body}</p:txBody>`;
}

/** A notes slide part with its body placeholder's text replaced by the given paragraphs. */
export function withNotes(notesXml: string, paragraphs: readonly NoteParagraph[]): string {
  const placeholder = /(<p:ph type="body"[^>]*\/>[\s\S]*?)<p:txBody>[\s\S]*?<\/p:txBody>/;
  if (!placeholder.test(notesXml)) throw new Error('notes slide without a body placeholder');
  return notesXml.replace(placeholder, (_whole, before: string) => `${before}${notesTextBody(paragraphs)}`);
}
