// Used in the browser (and by unit tests): axis labels that fit, for charts drawn with Chart.js.

/** Splits a long category name over lines of about `width` characters, at spaces. */
export function wrapLabel(text: string, width = 26): string | string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length === 1 ? lines[0]! : lines;
}

/**
 * The x values that get a tick: all of them where there is room, otherwise those at least
 * `minGap` pixels apart (the first and the last always), since years are not evenly spaced.
 */
export function spacedTicks(xs: readonly number[], pixelsPerUnit: number, minGap = 48): number[] {
  const kept: number[] = [];
  for (const x of xs) {
    const last = kept.at(-1);
    if (last === undefined || (x - last) * pixelsPerUnit >= minGap) kept.push(x);
  }
  const end = xs.at(-1);
  if (end !== undefined && kept.at(-1) !== end) {
    if (kept.length > 1 && (end - kept.at(-2)!) * pixelsPerUnit >= minGap) kept[kept.length - 1] = end;
    else if (kept.length === 1) kept.push(end);
  }
  return kept;
}
