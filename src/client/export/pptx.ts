// Used in the browser, loaded only when a visitor asks for a PowerPoint: builds an editable
// .pptx from the export model with pptxgenjs. Text stays text, lists stay lists, charts become
// native PowerPoint charts from the same datasets, notes go into PowerPoint's notes.
import type PptxGenJS from 'pptxgenjs';
import type { ExportDeck, ExportSlide, Run } from '../../lib/export/model';
import { keepLinksInside, notesFor } from '../../lib/export/model';
import {
  bulletIndentOf,
  cardPadding,
  cardParagraphs,
  exportFont,
  layoutSlide,
  masterFor,
  margin,
  slideHeight,
  slideWidth,
  type MasterName,
  type Paragraph,
  type Placement,
} from '../../lib/export/layout';
import { seriesDashes, seriesSymbols, type NativeChart } from '../../lib/export/chart';
import { dutchLanguage, language, singleParagraphProperties, withNotes } from '../../lib/export/ooxml';

// Our web font cannot be embedded by pptxgenjs; Arial is on every computer with Office and
// LibreOffice's Liberation Sans has its exact metrics, so the measured boxes hold everywhere.
const font = exportFont;
const colours = {
  ink: '1D2A3A',
  accent: 'A3195B',
  teal: '00636B',
  muted: '4A5563',
  tint: 'F4F0F6',
  line: '8A94A3',
  grid: 'D5D9E0',
  white: 'FFFFFF',
  pink: 'F5C2D8',
  night: '2C3D52',
};

/** Master names as PowerPoint shows them in its layout picker. */
const masterTitles: Record<MasterName, string> = {
  content: 'Kansrijke Start – inhoud',
  statement: 'Kansrijke Start – uitspraak',
  cover: 'Kansrijke Start – titel',
  section: 'Kansrijke Start – deel',
  end: 'Kansrijke Start – slot',
};

/**
 * The slide masters, mirroring the kit's layouts (src/styles/stage.css): the magenta bar down
 * the left and the soft circle top right; the magenta cover with its teal wedge and circles;
 * the teal part divider; the dark closing slide. A slide added in PowerPoint gets the same look,
 * with title and text placeholders in our font and colours.
 */
function defineMasters(pptx: PptxGenJS): void {
  const em = 1 / 3; // 32 px of the 1280 px stage, in inches
  const circle = (x: number, y: number, d: number, color: string) => ({
    text: {
      text: '',
      options: {
        shape: pptx.ShapeType.ellipse,
        x,
        y,
        w: d,
        h: d,
        fill: { color },
        line: { color, width: 0 },
      },
    },
  });
  const placeholders = (dark: boolean): NonNullable<PptxGenJS.SlideMasterProps['objects']> => [
    {
      placeholder: {
        options: {
          name: 'titel',
          type: 'title',
          x: margin,
          y: 0.35,
          w: slideWidth - 2 * margin,
          h: 1.1,
          fontFace: font,
          fontSize: 32,
          bold: true,
          color: dark ? colours.white : colours.ink,
          valign: 'top',
          margin: 0,
        },
        text: '',
      },
    },
    {
      placeholder: {
        options: {
          name: 'tekst',
          type: 'body',
          x: margin,
          y: 1.75,
          w: slideWidth - 2 * margin,
          h: 4.9,
          fontFace: font,
          fontSize: 24,
          color: dark ? colours.white : colours.ink,
          valign: 'top',
          margin: 0,
        },
        text: '',
      },
    },
  ];
  const number = (dark: boolean): PptxGenJS.SlideNumberProps => ({
    x: slideWidth - 0.9,
    y: slideHeight - 0.45,
    w: 0.6,
    h: 0.3,
    fontFace: font,
    fontSize: 11,
    color: dark ? colours.white : colours.muted,
    align: 'right',
  });
  pptx.defineSlideMaster({
    title: masterTitles.content,
    background: { color: colours.white },
    objects: [
      circle(slideWidth - 3 * em * 3 + 4 * em, -4 * em, 9 * em, colours.tint),
      {
        rect: {
          x: 0,
          y: 0,
          w: 0.75 * em,
          h: slideHeight,
          fill: { color: colours.accent },
          line: { color: colours.accent, width: 0 },
        },
      },
      ...placeholders(false),
    ],
    slideNumber: number(false),
  });
  pptx.defineSlideMaster({
    title: masterTitles.statement,
    background: { color: colours.tint },
    objects: [
      circle(slideWidth - 3 * em * 3 + 4 * em, -4 * em, 9 * em, colours.white),
      {
        rect: {
          x: 0,
          y: 0,
          w: 0.75 * em,
          h: slideHeight,
          fill: { color: colours.accent },
          line: { color: colours.accent, width: 0 },
        },
      },
      ...placeholders(false),
    ],
    slideNumber: number(false),
  });
  const wedge = slideWidth * 0.34;
  pptx.defineSlideMaster({
    title: masterTitles.cover,
    background: { color: colours.accent },
    objects: [
      {
        rect: {
          x: slideWidth - wedge,
          y: 0,
          w: wedge,
          h: slideHeight,
          fill: { color: colours.teal },
          line: { color: colours.teal, width: 0 },
        },
      },
      circle(slideWidth - 2.4 * em - 6 * em, 2 * em, 6 * em, colours.tint),
      circle(slideWidth - 6.6 * em - 3.2 * em, 9.2 * em, 3.2 * em, colours.pink),
      ...placeholders(true),
    ],
  });
  pptx.defineSlideMaster({
    title: masterTitles.section,
    background: { color: colours.teal },
    objects: [
      {
        rect: {
          x: 0,
          y: 0,
          w: 1.5 * em,
          h: slideHeight,
          fill: { color: colours.accent },
          line: { color: colours.accent, width: 0 },
        },
      },
      circle(slideWidth - 8 * em, slideHeight - 7 * em, 10 * em, '0B7A83'),
      ...placeholders(true),
    ],
    slideNumber: number(true),
  });
  pptx.defineSlideMaster({
    title: masterTitles.end,
    background: { color: colours.ink },
    objects: [
      circle(slideWidth - 3 * em * 3 + 4 * em, -4 * em, 9 * em, colours.night),
      {
        rect: {
          x: 0,
          y: 0,
          w: 0.75 * em,
          h: slideHeight,
          fill: { color: colours.accent },
          line: { color: colours.accent, width: 0 },
        },
      },
      ...placeholders(true),
    ],
    slideNumber: number(true),
  });
}

type Slide = PptxGenJS.Slide;
type TextRun = PptxGenJS.TextProps;

/** Paragraphs as pptxgenjs text runs: paragraph options on the first run only, a line break after the last. */
function runsToText(paragraphs: readonly Paragraph[], slideNumbers: Map<string, number>): TextRun[] {
  return paragraphs.flatMap((paragraph) => {
    const runs = paragraph.runs.length === 0 ? [{ text: ' ' } as Run] : paragraph.runs;
    const indent = bulletIndentOf(paragraph) * 72;
    const paragraphOptions: PptxGenJS.TextPropsOptions = {
      paraSpaceAfter: paragraph.spaceAfter,
      ...(paragraph.bullet === undefined
        ? { indentLevel: 0 }
        : {
            bullet: paragraph.bullet.ordered
              ? {
                  type: 'number' as const,
                  indent,
                  ...(paragraph.bullet.number === undefined
                    ? {}
                    : { numberStartAt: paragraph.bullet.number }),
                }
              : { indent },
            indentLevel: paragraph.bullet.level,
          }),
    };
    return runs.map((run, index): TextRun => {
      const link =
        run.link === undefined
          ? undefined
          : 'url' in run.link
            ? { url: run.link.url }
            : { slide: slideNumbers.get(run.link.slide)! };
      return {
        text: run.text,
        options: {
          lang: language,
          fontFace: font,
          fontSize: paragraph.size,
          bold: paragraph.bold === true || run.bold === true,
          italic: paragraph.italic === true || run.italic === true,
          color:
            paragraph.colour === 'inverse'
              ? colours.white
              : link !== undefined
                ? colours.teal
                : paragraph.colour === 'accent'
                  ? colours.accent
                  : paragraph.colour === 'muted'
                    ? colours.muted
                    : paragraph.colour === 'teal'
                      ? colours.teal
                      : colours.ink,
          ...(link === undefined ? {} : { hyperlink: link }),
          ...(index === 0 ? paragraphOptions : {}),
          ...(index === runs.length - 1 ? { breakLine: true } : {}),
        },
      };
    });
  });
}

/** A number format in Dutch: the locale tag makes Impress write "2.153" and "7,3"; PowerPoint follows the system. */
function formatCode(decimals: number | undefined): string {
  return `[$-413]${decimals === undefined || decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`}`;
}

/**
 * The decimals of a chart without fixed ones (an own chart): enough for its most precise value
 * (at most three), so a native chart, whose labels share one number format, rounds none away.
 */
function chartDecimals(chart: NativeChart): number {
  if (chart.decimals !== undefined) return chart.decimals;
  let decimals = 0;
  for (const series of chart.series)
    for (const value of series.values) {
      const fraction = value === null ? '' : (/\.(\d+)/.exec(String(value))?.[1] ?? '');
      decimals = Math.max(decimals, Math.min(3, fraction.length));
    }
  return decimals;
}

/** The value axis of such a chart: whole numbers once it spans 10 or more, its ticks are whole. */
function axisDecimals(chart: NativeChart): number {
  if (chart.decimals !== undefined) return chart.decimals;
  const largest = Math.max(0, ...chart.series.flatMap((s) => s.values.map((v) => Math.abs(v ?? 0))));
  return largest >= 10 ? 0 : chartDecimals(chart);
}

function addChart(pptx: PptxGenJS, slide: Slide, box: Placement['box'], chart: NativeChart): void {
  // A schematic chart draws a shape, not measurements: no value axis, grid or values (as on the web).
  const schematic = chart.schematic === true;
  const compact = chart.compact === true;
  const common: PptxGenJS.IChartOpts = {
    ...box,
    lang: language,
    chartColors: chart.series.map((s) => s.colour),
    showTitle: true,
    title: chart.title,
    titleFontFace: font,
    titleFontSize: compact ? 12 : 14,
    titleColor: colours.ink,
    showLegend: chart.series.filter((s) => s.colour !== 'transparent').length > 1,
    legendPos: 'b',
    legendFontFace: font,
    legendFontSize: 12,
    legendColor: colours.ink,
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: compact ? 10 : 12,
    catAxisLabelColor: colours.ink,
    valAxisHidden: schematic,
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: 12,
    valAxisLabelColor: colours.ink,
    valAxisLabelFormatCode: formatCode(axisDecimals(chart)),
    showValAxisTitle: !compact && !schematic,
    valAxisTitle: chart.unit,
    valAxisTitleFontFace: font,
    valAxisTitleFontSize: 12,
    valAxisTitleColor: colours.muted,
    valGridLine: schematic ? { style: 'none' } : { color: colours.grid, size: 0.75 },
    catGridLine: { style: 'none' },
    showValue: chart.dataLabels && !schematic,
    dataLabelFontFace: font,
    dataLabelFontSize: 11,
    dataLabelColor: colours.ink,
    dataLabelFormatCode: formatCode(chartDecimals(chart)),
    displayBlanksAs: 'gap',
    ...(chart.valueAxis.min === undefined ? {} : { valAxisMinVal: chart.valueAxis.min }),
    ...(chart.valueAxis.max === undefined ? {} : { valAxisMaxVal: chart.valueAxis.max }),
  };
  // pptxgenjs types series values as numbers; a null is written as an empty cell (a gap).
  const values = (v: Array<number | null>) => v as number[];
  if (chart.type === 'scatter') {
    const data = [
      { name: chart.xTitle, values: chart.x },
      ...chart.series.map((s) => ({ name: s.name, values: values(s.values) })),
    ];
    slide.addChart(pptx.ChartType.scatter, data, {
      ...common,
      lineSize: 2,
      lineDataSymbol: seriesSymbols[0],
      lineDataSymbolSize: 7,
      showCatAxisTitle: true,
      catAxisTitle: chart.xTitle,
      catAxisTitleFontFace: font,
      catAxisTitleFontSize: 12,
      valAxisMinVal: chart.valueAxis.min ?? 0,
      catAxisMinVal: Math.min(...chart.x),
      catAxisMaxVal: Math.max(...chart.x),
    });
    return;
  }
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: chart.categories,
    values: values(s.values),
  }));
  if (chart.type === 'line') {
    slide.addChart(pptx.ChartType.line, data, {
      ...common,
      lineSize: 2,
      lineDash: seriesDashes[0],
      lineDataSymbol: seriesSymbols[0],
      lineDataSymbolSize: 6,
      valAxisMinVal: chart.valueAxis.min ?? 0,
    });
    return;
  }
  // PowerPoint draws horizontal bars from the bottom up: reverse them to read top to bottom as on screen.
  const barData = chart.horizontal
    ? data.map((s) => ({ ...s, labels: [...s.labels].reverse(), values: [...s.values].reverse() }))
    : data;
  slide.addChart(pptx.ChartType.bar, barData, {
    ...common,
    barDir: chart.horizontal ? 'bar' : 'col',
    barGrouping: chart.stacked ? 'stacked' : 'clustered',
    ...(chart.stacked ? { barOverlapPct: 100 } : {}),
    barGapWidthPct: 60,
    valAxisMinVal: chart.valueAxis.min ?? 0,
    dataBorder: { pt: 0.5, color: 'FFFFFF' },
  });
}

/**
 * The closing slide's QR code to the site, right of the text as on the projected slide (whose
 * text column ends at 9.9 in). An SVG picture; pptxgenjs adds a PNG copy for older programs.
 */
function addQrCode(slide: PptxGenJS.Slide, svg: string): void {
  const size = 2.4;
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  slide.addImage({
    data: `data:image/svg+xml;base64,${btoa(binary)}`,
    x: slideWidth - size - 0.8,
    y: (slideHeight - size) / 2,
    w: size,
    h: size,
    altText: 'QR-code naar de website van de verhaalkit',
  });
}

const titleColours = { ink: colours.ink, accent: colours.accent, teal: colours.teal, inverse: colours.white };

function addSlide(pptx: PptxGenJS, model: ExportSlide, slideNumbers: Map<string, number>): void {
  const master = masterFor(model.layout);
  const slide = pptx.addSlide({ masterName: masterTitles[master] });
  if (master === 'end' && model.qrSvg !== undefined) addQrCode(slide, model.qrSvg);
  for (const placed of layoutSlide(model)) {
    const { box } = placed;
    switch (placed.kind) {
      case 'title':
        slide.addText(placed.text, {
          ...box,
          lang: language,
          fontFace: font,
          fontSize: placed.size,
          bold: true,
          color: titleColours[placed.colour],
          // The box is sized for a wider substitute font; where the title takes fewer lines, its
          // last line still sits on the box's bottom, right above the rule.
          valign: placed.rule ? 'bottom' : 'top',
          margin: 0,
        });
        if (placed.rule) {
          // The short accent rule under a title, as on the projected slide.
          const rule = placed.colour === 'inverse' ? colours.white : colours.accent;
          slide.addShape(pptx.ShapeType.rect, {
            x: box.x,
            y: box.y + box.h + 0.08,
            w: 0.8,
            h: 0.05,
            fill: { color: rule },
            line: { color: rule, width: 0 },
          });
        }
        break;
      case 'text':
        slide.addText(runsToText(placed.paragraphs, slideNumbers), {
          ...box,
          valign: 'top',
          margin: 0,
        });
        break;
      case 'card': {
        slide.addShape(pptx.ShapeType.roundRect, {
          ...box,
          fill: { color: colours.tint },
          line: { color: colours.tint },
          rectRadius: 0.08,
        });
        slide.addShape(pptx.ShapeType.rect, {
          x: box.x,
          y: box.y,
          w: 0.06,
          h: box.h,
          fill: { color: colours.accent },
          line: { color: colours.accent },
        });
        slide.addText(runsToText(cardParagraphs(placed.card, placed.size), slideNumbers), {
          x: box.x + cardPadding.left,
          y: box.y + cardPadding.top,
          w: box.w - cardPadding.left - cardPadding.right,
          h: box.h - cardPadding.top - cardPadding.bottom,
          valign: 'top',
          margin: 0,
        });
        break;
      }
      case 'table': {
        const cell = (value: string, header: boolean): PptxGenJS.TableCell => ({
          text: value,
          options: {
            bold: header,
            fill: { color: header ? colours.tint : 'FFFFFF' },
            color: colours.ink,
            fontFace: font,
            fontSize: placed.size,
            lang: language,
          },
        });
        const rows = [
          placed.header.map((h) => cell(h, true)),
          ...placed.rows.map((row) => row.map((value) => cell(value, false))),
        ];
        slide.addTable(rows, {
          x: box.x,
          y: box.y,
          w: box.w,
          border: { type: 'solid', pt: 0.5, color: colours.line },
          margin: 0.04,
          autoPage: false,
        });
        break;
      }
      case 'chart':
        addChart(pptx, slide, box, placed.chart);
        break;
      case 'sources':
        slide.addText(
          placed.lines.map((line, index) => ({
            text: line,
            options: { lang: language, breakLine: index < placed.lines.length - 1 },
          })),
          {
            ...box,
            lang: language,
            fontFace: font,
            fontSize: placed.size,
            color: placed.inverse === true ? colours.white : colours.muted,
            valign: 'bottom',
            margin: 0,
          },
        );
        break;
    }
  }
  // A placeholder: finishPackage() writes the notes as real paragraphs.
  slide.addNotes(model.id);
}

/** The package as pptxgenjs wrote it, finished: Dutch everywhere, one pPr per paragraph, real notes. */
async function finishPackage(data: ArrayBuffer, deck: ExportDeck): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((name) => name.endsWith('.xml'));
  for (const name of parts) {
    let xml = await zip.file(name)!.async('string');
    const notes = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/.exec(name);
    if (notes !== null) {
      const slide = deck.slides[Number(notes[1]) - 1];
      if (slide !== undefined) xml = withNotes(xml, notesFor(slide));
    }
    zip.file(name, dutchLanguage(singleParagraphProperties(xml)));
  }
  return zip.generateAsync({
    type: 'blob',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}

/** The deck as an editable PowerPoint file (16:9, our colours and font). */
export async function buildPptx(deck: ExportDeck): Promise<Blob> {
  const { default: PptxGen } = await import('pptxgenjs');
  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.subject = 'Kansrijke Start verhaalkit';
  pptx.company = 'Kansrijke Start';
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  defineMasters(pptx);
  const inside = keepLinksInside(deck);
  const slideNumbers = new Map(inside.slides.map((slide, index) => [slide.id, index + 1]));
  for (const slide of inside.slides) addSlide(pptx, slide, slideNumbers);
  const written = (await pptx.write({ outputType: 'arraybuffer' })) as ArrayBuffer;
  return finishPackage(written, inside);
}
