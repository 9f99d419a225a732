// Used in the browser (speaker view) and by unit tests: how the talk keeps to its planned time.
// The clock starts at the presenter's first step (or their start button), not when the speaker
// view opens; each slide gets a share of the deck's planned duration, so the speaker view can
// count down to the planned end and say whether the presenter is ahead of or behind the plan.

/** What kind of slide a step is, for its share of the time: generated slides take less. */
export type PacedKind = 'cover' | 'section' | 'end' | 'slide';

/** A slide's weight in the plan: a divider is a breath, the cover and the end a short word. */
const weights: Record<PacedKind, number> = { cover: 0.5, section: 0.25, end: 0.5, slide: 1 };

/** The planned start and end (seconds from the start of the talk) of every slide, in order. */
export function plannedSchedule(
  kinds: readonly PacedKind[],
  plannedMinutes: number,
): { start: number; end: number }[] {
  const total = kinds.reduce((sum, kind) => sum + weights[kind], 0);
  if (total <= 0 || plannedMinutes <= 0) return [];
  const unit = (plannedMinutes * 60) / total;
  let at = 0;
  return kinds.map((kind) => {
    const start = at;
    at += weights[kind] * unit;
    return { start, end: at };
  });
}

/**
 * "2 minuten achter", "1 minuut voor", "op schema": where the presenter is against the plan.
 * On schedule while the elapsed time lies within the current slide's planned slot (give or
 * take half a minute); ahead when it is before the slot's start, behind when past its end.
 */
export function paceLabel(
  elapsedSeconds: number,
  slideIndex: number,
  schedule: readonly { start: number; end: number }[],
): string {
  const slot = schedule[slideIndex];
  if (slot === undefined) return '';
  const off =
    elapsedSeconds < slot.start
      ? elapsedSeconds - slot.start
      : elapsedSeconds > slot.end
        ? elapsedSeconds - slot.end
        : 0;
  const minutes = Math.abs(off) < 30 ? 0 : Math.sign(off) * Math.max(1, Math.round(Math.abs(off) / 60));
  if (minutes === 0) return 'op schema';
  const amount = Math.abs(minutes) === 1 ? '1 minuut' : `${Math.abs(minutes)} minuten`;
  return `${amount} ${minutes > 0 ? 'achter' : 'voor'}`;
}

/** The countdown to the planned end: "nog 12:05", or "3:10 over tijd" once past it. */
export function countdownLabel(elapsedSeconds: number, plannedMinutes: number): string {
  if (plannedMinutes <= 0) return '';
  const left = plannedMinutes * 60 - Math.floor(elapsedSeconds);
  return left >= 0 ? `nog ${clockDuration(left)}` : `${clockDuration(-left)} over tijd`;
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

/** The text sizes (px) the presenter can choose for the notes with A− and A+. */
export const notesSizes = [16, 18, 20, 22, 26, 30, 36] as const;

/** The next notes size up (+1) or down (−1) from a stored one, staying within the list. */
export function nextNotesSize(stored: string | null, step: 1 | -1): number {
  const current = notesSizes.indexOf(Number(stored) as (typeof notesSizes)[number]);
  const index = current === -1 ? notesSizes.indexOf(22) : current;
  return notesSizes[Math.min(notesSizes.length - 1, Math.max(0, index + step))]!;
}

/** The notes size to start with: the stored one when it is one of the sizes, else 22 px. */
export function storedNotesSize(stored: string | null): number {
  const size = Number(stored);
  return (notesSizes as readonly number[]).includes(size) ? size : 22;
}
