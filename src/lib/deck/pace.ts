// Used in the browser (speaker view) and by unit tests: how the talk keeps to its planned time.

/** "2 minuten achter", "1 minuut voor", "op schema": elapsed time against where the plan is. */
export function paceLabel(
  elapsedSeconds: number,
  slideIndex: number,
  slideTotal: number,
  plannedMinutes: number,
): string {
  if (slideTotal <= 0 || plannedMinutes <= 0) return '';
  // Halfway through the current slide is where the plan expects the presenter to be.
  const planned = ((slideIndex + 0.5) / slideTotal) * plannedMinutes * 60;
  const minutes = Math.round((elapsedSeconds - planned) / 60);
  if (minutes === 0) return 'op schema';
  const amount = Math.abs(minutes) === 1 ? '1 minuut' : `${Math.abs(minutes)} minuten`;
  return `${amount} ${minutes > 0 ? 'achter' : 'voor'}`;
}

/** Elapsed time as "12:05", or "1:02:09" past the hour. */
export function clockDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
