// Used by the slide budget test (tests/e2e/slide-budget.spec.ts) and by `npm run bench` (Node
// strips the types): measures the slide reveal.js shows now, inside the page. Self-contained:
// Playwright sends this function to the browser as text. Sizes are in stage pixels (reveal's
// 1280×720 coordinate space), where reveal's scaling leaves computed font sizes alone.

/** What the budget test and the bench read of the slide reveal.js shows now (stage pixels). */
export interface SlideMeasure {
  id: string;
  /** Smallest text other than source lines; 0 when the slide has none. */
  smallestText: number;
  smallestSource: number;
  /** Smallest chart text on the slide (Chart.js's resolved font, legend, remark); 0 without charts. */
  smallestChart: number;
  /** Words on the projected slide, title and source line left out. */
  words: number;
  /** Each breach of the budget, in Dutch. */
  problems: string[];
}

export function measureCurrentSlide(): SlideMeasure {
  // Declared inside: Playwright sends only this function's text to the page.
  type Box = { left: number; top: number; right: number; bottom: number };
  const section = document.querySelector('.reveal .slides > section.present');
  if (section === null)
    return {
      id: '',
      smallestText: 0,
      smallestSource: 0,
      smallestChart: 0,
      words: 0,
      problems: ['geen slide'],
    };
  const slide = section.getBoundingClientRect();
  const screen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  const tolerance = 1;
  const outside = (r: Box, box: Box) =>
    r.left < box.left - tolerance ||
    r.top < box.top - tolerance ||
    r.right > box.right + tolerance ||
    r.bottom > box.bottom + tolerance;
  const overlaps = (a: Box, b: Box) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  // The player's own controls: the way back, downloads, slide number and arrows.
  const chrome = [
    ...document.querySelectorAll(
      '.deck-exit a, .take-along--deck > summary, .reveal .slide-number, .reveal .controls button',
    ),
  ]
    .filter((el) => getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => ({
      name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.className,
      rect: el.getBoundingClientRect(),
    }))
    .filter(({ rect }) => rect.width > 0 && rect.height > 0);
  const problems: string[] = [];
  let smallestText = Infinity;
  let smallestSource = Infinity;
  let smallestChart = Infinity;
  let words = 0;
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const el = node.parentElement;
    if (text === '' || el === null) continue;
    // Notes are spoken; the chart's data table is its text alternative for screen readers.
    if (el.closest('aside.notes, script, style, template, .chart__data') !== null) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    if (rects.length === 0) continue;
    const size = Math.round(parseFloat(getComputedStyle(el).fontSize) * 10) / 10;
    const isSource = el.closest('.slide-source-line, .fact__source, .chart__source') !== null;
    const sample = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    // A chart's legend and remark are chart text, like its axis labels: at least 18 px.
    const isChartText = el.closest('figure.chart :is(.chart__legend, .chart__note)') !== null;
    if (isSource) {
      smallestSource = Math.min(smallestSource, size);
      if (size < 14) problems.push(`bronregel ${size}px < 14px: "${sample}"`);
    } else if (isChartText) {
      smallestChart = Math.min(smallestChart, size);
      if (size < 18) problems.push(`grafiektekst ${size}px < 18px: "${sample}"`);
      words += text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    } else {
      smallestText = Math.min(smallestText, size);
      if (size < 24) problems.push(`tekst ${size}px < 24px: "${sample}"`);
      if (el.closest('.slide-title') === null)
        words += text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    }
    const rect = rects.reduce<Box>(
      (a, r) => ({
        left: Math.min(a.left, r.left),
        top: Math.min(a.top, r.top),
        right: Math.max(a.right, r.right),
        bottom: Math.max(a.bottom, r.bottom),
      }),
      { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity },
    );
    if (outside(rect, slide)) problems.push(`buiten de slide: "${sample}"`);
    else if (outside(rect, screen)) problems.push(`buiten het scherm: "${sample}"`);
    for (const { name, rect: control } of chrome)
      if (rects.some((r) => overlaps(r, control))) problems.push(`"${name}" bedekt "${sample}"`);
  }
  for (const canvas of section.querySelectorAll('figure[data-chart] canvas')) {
    const rect = canvas.getBoundingClientRect();
    if (outside(rect, slide)) problems.push(`grafiek buiten de slide`);
    else if (outside(rect, screen)) problems.push(`grafiek buiten het scherm`);
    const sizes = (canvas.getAttribute('data-font-sizes') ?? '').split(' ').filter(Boolean).map(Number);
    if (sizes.length === 0) problems.push('grafiek zonder gemeten lettergrootte (niet getekend?)');
    for (const size of sizes) {
      smallestChart = Math.min(smallestChart, size);
      if (size < 18) problems.push(`grafiektekst ${size}px < 18px`);
    }
    for (const { name, rect: control } of chrome)
      if (overlaps(rect, control)) problems.push(`"${name}" bedekt de grafiek`);
  }
  const finite = (n: number) => (Number.isFinite(n) ? n : 0);
  return {
    id: section.id,
    smallestText: finite(smallestText),
    smallestSource: finite(smallestSource),
    smallestChart: finite(smallestChart),
    words,
    problems,
  };
}
