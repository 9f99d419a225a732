// Used in the browser by the deck player: when the talk started. The deck window keeps it (and
// this tab's session storage, so a reload keeps it too), not the speaker view, so closing and
// reopening the speaker view never restarts the clock. It starts at the presenter's first step
// through the deck, or when they press the speaker view's start button.

const key = `kit-klok:${window.location.pathname}`;

function read(): number | undefined {
  try {
    const stored = Number(window.sessionStorage.getItem(key));
    return Number.isFinite(stored) && stored > 0 ? stored : undefined;
  } catch {
    return undefined;
  }
}

// Read when first asked for, not while the deck starts: the first use of session storage in a
// page costs a few milliseconds before the first slide.
let startedAt: number | undefined;
let readYet = false;

/** When the talk started (ms since the epoch), or undefined before the first step. */
export function talkStartedAt(): number | undefined {
  if (!readYet) {
    readYet = true;
    startedAt = read();
  }
  return startedAt;
}

/** Starts the clock now (again, when `restart`). */
export function startTalkClock(restart = false): void {
  if (talkStartedAt() !== undefined && !restart) return;
  startedAt = Date.now();
  try {
    window.sessionStorage.setItem(key, String(startedAt));
  } catch {
    // Without storage the clock lives as long as the page.
  }
}

/**
 * Starts the clock at the presenter's first step through the deck. Called once reveal.js has set
 * the deck up: the change it reports while it opens a deep link is no step.
 */
export function watchTalkClock(deck: { on(type: 'slidechanged', listener: () => void): void }): void {
  deck.on('slidechanged', () => startTalkClock());
}
