// Used in the browser and in tests: undo for the builder. Every change records the state before
// it with a Dutch description, so "Ongedaan maken" can say what it undoes.

export interface UndoStep<T> {
  state: T;
  /** What the change did, e.g. "Risicofactoren verwijderd". */
  label: string;
}

export interface History<T> {
  steps: ReadonlyArray<UndoStep<T>>;
}

/** Older steps beyond this are forgotten. */
export const maxUndoSteps = 100;

export const emptyHistory = <T>(): History<T> => ({ steps: [] });

/**
 * Records the state before a change. Changes with the same `group` that follow each other
 * (typing in one field) become one step, so undo takes back the whole edit.
 */
export function record<T>(history: History<T>, before: T, label: string, group?: string): History<T> {
  const last = history.steps.at(-1) as (UndoStep<T> & { group?: string }) | undefined;
  if (group !== undefined && last?.group === group) return history;
  const step: UndoStep<T> & { group?: string } = { state: before, label };
  if (group !== undefined) step.group = group;
  return { steps: [...history.steps, step].slice(-maxUndoSteps) };
}

/** Ends a group, so the next change in the same field is a step of its own. */
export function closeGroup<T>(history: History<T>): History<T> {
  const last = history.steps.at(-1) as (UndoStep<T> & { group?: string }) | undefined;
  if (last?.group === undefined) return history;
  return { steps: [...history.steps.slice(0, -1), { state: last.state, label: last.label }] };
}

/** The state to go back to and the history without it; undefined when there is nothing to undo. */
export function undo<T>(history: History<T>): { state: T; label: string; history: History<T> } | undefined {
  const last = history.steps.at(-1);
  if (last === undefined) return undefined;
  return { state: last.state, label: last.label, history: { steps: history.steps.slice(0, -1) } };
}
