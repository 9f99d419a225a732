// Used by the box budget test (tests/e2e/slide-boxes.spec.ts): every text of a projected slide
// inside its own box, as a person sees it. Self-contained: Playwright sends this function to the
// browser as text. Distances are in stage pixels (the slide's width over 1280).

/** The breaches of one slide, each tagged with its rule so the test can count them per rule. */
export interface SlideBoxes {
  id: string;
  problems: { rule: BoxRule; text: string }[];
}

export type BoxRule =
  | 'buiten-element'
  | 'buiten-kaart'
  | 'buiten-slide'
  | 'tekst-over-tekst'
  | 'tekst-over-beeld'
  | 'kaarten-rij'
  | 'bronregel'
  | 'lege-onderkant'
  | 'grafiek-hoogte';

export function measureSlideBoxes(section: Element): SlideBoxes {
  type Box = { left: number; top: number; right: number; bottom: number };
  const problems: SlideBoxes['problems'] = [];
  const slideRect = section.getBoundingClientRect();
  // Reveal scales the 1280-wide stage; the phone view is its own width (1 px = 1 px).
  const view = section.querySelector('.slide-view--projected') ?? section;
  const viewRect = view.getBoundingClientRect();
  const scale = !document.documentElement.classList.contains('deck-phone') ? slideRect.width / 1280 : 1;
  const tolerance = 1.5 * Math.max(scale, 1);
  const sample = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
  const outside = (r: Box, box: Box) =>
    r.left < box.left - tolerance ||
    r.top < box.top - tolerance ||
    r.right > box.right + tolerance ||
    r.bottom > box.bottom + tolerance;
  const blockOf = (el: Element): Element => {
    let at: Element | null = el;
    while (at !== null && at !== view) {
      const display = getComputedStyle(at).display;
      if (!display.startsWith('inline') && display !== 'contents') return at;
      at = at.parentElement;
    }
    return view;
  };
  const lines: { rect: DOMRect; node: Node; text: string }[] = [];
  const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const el = node.parentElement;
    if (text === '' || el === null) continue;
    if (el.closest('aside.notes, script, style, template, .chart__data, .sr-only, .visually-hidden') !== null)
      continue;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
    if (rects.length === 0) continue;
    // No text outside its element, and no word wider than its line: a line box that sticks out
    // of its block's box is a word (or a run without a break) wider than the line.
    const block = blockOf(el);
    const blockRect = block.getBoundingClientRect();
    const blockStyle = getComputedStyle(block);
    const clipped = blockStyle.overflowX !== 'visible' || blockStyle.overflowY !== 'visible';
    // Glyph boxes are taller than a tight line (line-height under 1.2): a third of a line is allowed
    // above and below; left and right are exact.
    const spills = (r: DOMRect) =>
      r.left < blockRect.left - tolerance ||
      r.right > blockRect.right + tolerance ||
      r.top < blockRect.top - r.height / 3 ||
      r.bottom > blockRect.bottom + r.height / 3;
    if (rects.some(spills) || (clipped && block.scrollWidth > block.clientWidth + 1))
      problems.push({
        rule: 'buiten-element',
        text: `tekst buiten zijn element <${block.tagName.toLowerCase()}>: "${sample(text)}"`,
      });
    // No text outside its card or column.
    const card = el.closest('.card, .columns > *, .slide-content > .columns');
    if (card !== null && card !== block) {
      const cardRect = card.getBoundingClientRect();
      if (
        rects.some((r) =>
          outside(
            { left: r.left, right: r.right, top: r.top + r.height / 3, bottom: r.bottom - r.height / 3 },
            cardRect,
          ),
        )
      )
        problems.push({ rule: 'buiten-kaart', text: `tekst buiten zijn kaart of kolom: "${sample(text)}"` });
    }
    // No text outside the slide (a run that cannot wrap widens its own box, and the slide clips it).
    const inSlide = (r: DOMRect): Box => ({
      left: r.left,
      right: r.right,
      top: r.top + r.height / 3,
      bottom: r.bottom - r.height / 3,
    });
    if (rects.some((r) => outside(inSlide(r), viewRect)))
      problems.push({ rule: 'buiten-slide', text: `tekst buiten de slide: "${sample(text)}"` });
    for (const rect of rects) lines.push({ rect, node, text });
  }
  // No text over text: line boxes of different texts that share more than a quarter of a line.
  const reported = new Set<string>();
  for (let i = 0; i < lines.length; i += 1)
    for (let j = i + 1; j < lines.length; j += 1) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (a.node === b.node) continue;
      const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (w > 2 * tolerance && h > 0.25 * Math.min(a.rect.height, b.rect.height)) {
        const key = `${sample(a.text)}|${sample(b.text)}`;
        if (reported.has(key)) continue;
        reported.add(key);
        problems.push({ rule: 'tekst-over-tekst', text: `"${sample(a.text)}" over "${sample(b.text)}"` });
      }
    }
  // Card bodies in one row start at one height.
  for (const columns of view.querySelectorAll('.columns')) {
    const cards = [...columns.children].filter((c) => c.classList.contains('card'));
    const rows = new Map<number, Element[]>();
    for (const card of cards) {
      const top = Math.round(card.getBoundingClientRect().top / (4 * tolerance));
      rows.set(top, [...(rows.get(top) ?? []), card]);
    }
    for (const row of rows.values()) {
      const tops = row
        .map((card) => card.querySelector(':scope > .card__body'))
        .filter((body): body is Element => body !== null)
        .map((body) => body.getBoundingClientRect().top);
      if (tops.length < 2) continue;
      const spread = (Math.max(...tops) - Math.min(...tops)) / scale;
      if (spread > 2)
        problems.push({
          rule: 'kaarten-rij',
          text: `kaartteksten in één rij ${Math.round(spread)} px uit elkaar`,
        });
    }
  }
  // The source line: once, and lined up with the content column (the title's left edge).
  const sources = [...view.querySelectorAll('.slide-source-line, .fact__source, .chart__source')].filter(
    (el) => el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().height > 0,
  );
  if (sources.length > 1)
    problems.push({ rule: 'bronregel', text: `${sources.length} bronregels op één slide` });
  const line = view.querySelector('.slide-source-line');
  const title = view.querySelector('.slide-title');
  if (line !== null && title !== null && sources.includes(line)) {
    const range = document.createRange();
    range.selectNodeContents(line);
    const textLeft = Math.min(...[...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => r.left));
    const titleRange = document.createRange();
    titleRange.selectNodeContents(title);
    const titleLeft = Math.min(
      ...[...titleRange.getClientRects()].filter((r) => r.width > 0.5).map((r) => r.left),
    );
    const off = (textLeft - titleLeft) / scale;
    if (Number.isFinite(off) && Math.abs(off) > 2)
      problems.push({ rule: 'bronregel', text: `bronregel ${Math.round(off)} px naast de inhoudskolom` });
  }
  // The stage only (the phone view scrolls): the rules for using the stage's room.
  const layout = /layout-([\w-]+)/.exec(view.className)?.[1] ?? 'default';
  if (scale !== 1 || !document.documentElement.classList.contains('deck-phone')) {
    // No empty bottom 40% of the content area, unless the layout means it (a statement, a quote…).
    const style = getComputedStyle(view);
    const top = viewRect.top + parseFloat(style.paddingTop) * scale;
    const bottom = viewRect.bottom - parseFloat(style.paddingBottom) * scale;
    const content = [...lines.filter((l) => l.node.parentElement?.closest('.slide-source-line') == null)]
      .map((l) => l.rect.bottom)
      .concat(
        [...view.querySelectorAll('.card, canvas, img, svg, .monogram')]
          .filter((el) => el.checkVisibility({ visibilityProperty: true }))
          .map((el) => el.getBoundingClientRect().bottom),
      );
    const lowest = Math.max(...content);
    const meant = ['statement', 'section', 'quote', 'cover', 'end'];
    if (!meant.includes(layout) && Number.isFinite(lowest) && (bottom - lowest) / (bottom - top) > 0.4)
      problems.push({
        rule: 'lege-onderkant',
        text: `onderste ${Math.round(((bottom - lowest) / (bottom - top)) * 100)}% van de slide leeg`,
      });
    // The chart layout gives the chart at least half the slide's height.
    if (layout === 'chart')
      for (const canvas of view.querySelectorAll('figure[data-chart] canvas')) {
        const share = canvas.getBoundingClientRect().height / viewRect.height;
        if (share < 0.5)
          problems.push({
            rule: 'grafiek-hoogte',
            text: `grafiek ${Math.round(share * 100)}% van de slidehoogte`,
          });
      }
  }
  // No text over a graphic: icons, images, chart canvases and decorative shapes (the slide's own
  // ::before/::after shapes) that are not the text's own background.
  const graphics: { rect: Box; what: string; owner: Element }[] = [];
  for (const el of view.querySelectorAll('svg, img, canvas, .monogram')) {
    if (el.parentElement?.closest('svg') != null) continue;
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 1 && r.height > 1)
      graphics.push({ rect: r, what: `<${el.tagName.toLowerCase()}>`, owner: el });
  }
  for (const pseudo of ['::before', '::after'] as const) {
    const ps = getComputedStyle(view, pseudo);
    if (ps.content === 'none' || ps.display === 'none' || ps.position !== 'absolute') continue;
    const left = parseFloat(ps.left);
    const top = parseFloat(ps.top);
    const w = parseFloat(ps.width);
    const h = parseFloat(ps.height);
    if (![left, top, w, h].every(Number.isFinite)) continue;
    const border = parseFloat(getComputedStyle(view).borderLeftWidth) || 0;
    const l = viewRect.left + (left + border) * scale;
    const t = viewRect.top + (top + border) * scale;
    graphics.push({
      rect: { left: l, top: t, right: l + w * scale, bottom: t + h * scale },
      what: pseudo,
      owner: view,
    });
  }
  const overGraphic = new Set<string>();
  for (const line of lines) {
    const el = line.node.parentElement;
    for (const g of graphics) {
      // A graphic inside the text's own element (an inline icon) or a chart's own labels are not "over".
      if (g.owner !== view && (g.owner.contains(line.node) || el?.contains(g.owner))) continue;
      const w = Math.min(line.rect.right, g.rect.right) - Math.max(line.rect.left, g.rect.left);
      const h = Math.min(line.rect.bottom, g.rect.bottom) - Math.max(line.rect.top, g.rect.top);
      if (w > 2 * tolerance && h > 0.25 * line.rect.height) {
        const key = `${sample(line.text)}|${g.what}`;
        if (overGraphic.has(key)) continue;
        overGraphic.add(key);
        problems.push({ rule: 'tekst-over-beeld', text: `"${sample(line.text)}" over ${g.what}` });
      }
    }
  }
  return { id: section.id, problems };
}
