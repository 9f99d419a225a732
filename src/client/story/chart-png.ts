// Used in the browser, loaded when a reader asks for a story chart as a PNG image (actions.ts).

/** Lines of at most `width` pixels in the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (context.measureText(next).width > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The chart as a PNG for a newsletter or report: its title above, its source below, on white. */
export async function downloadPng(figure: HTMLElement): Promise<void> {
  const { mountChart } = await import('../charts/charts');
  const chart = mountChart(figure, { animate: false });
  const canvas = figure.querySelector('canvas');
  if (chart === undefined || canvas === null) return;
  chart.stop();
  chart.update('none');
  const scale = canvas.width / canvas.clientWidth;
  const pad = 16 * scale;
  const font = getComputedStyle(figure).fontFamily;
  const copy = document.createElement('canvas');
  const context = copy.getContext('2d');
  if (context === null) return;
  const title = figure.querySelector('.story-chart__title')?.textContent?.trim() ?? '';
  const source = figure.querySelector('.story-chart__source')?.textContent?.trim() ?? '';
  const width = canvas.width + 2 * pad;
  context.font = `700 ${16 * scale}px ${font}`;
  const titleLines = wrap(context, title, canvas.width);
  context.font = `${13 * scale}px ${font}`;
  const sourceLines = wrap(context, source, canvas.width);
  const lineHeight = 20 * scale;
  copy.width = width;
  copy.height = canvas.height + 2 * pad + (titleLines.length + sourceLines.length + 1) * lineHeight;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, copy.width, copy.height);
  context.fillStyle = '#1d2a3a';
  context.textBaseline = 'top';
  context.font = `700 ${16 * scale}px ${font}`;
  titleLines.forEach((line, index) => context.fillText(line, pad, pad + index * lineHeight));
  const top = pad + (titleLines.length + 0.5) * lineHeight;
  context.drawImage(canvas, pad, top);
  context.font = `${13 * scale}px ${font}`;
  sourceLines.forEach((line, index) =>
    context.fillText(line, pad, top + canvas.height + 0.5 * lineHeight + index * lineHeight),
  );
  const link = document.createElement('a');
  link.href = copy.toDataURL('image/png');
  link.download = `${figure.dataset['chart'] ?? 'grafiek'}.png`;
  link.click();
}
