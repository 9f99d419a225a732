import { describe, expect, it } from 'vitest';
import { closeGroup, emptyHistory, maxUndoSteps, record, undo } from '../../src/lib/remix/history';

describe('undo in the builder', () => {
  it('takes back changes one at a time, newest first, saying what it undoes', () => {
    let history = emptyHistory<string[]>();
    history = record(history, [], 'titel toegevoegd');
    history = record(history, ['titel'], 'leeswijzer toegevoegd');
    const first = undo(history);
    expect(first && { state: first.state, label: first.label }).toEqual({
      state: ['titel'],
      label: 'leeswijzer toegevoegd',
    });
    const second = first && undo(first.history);
    expect(second?.state).toEqual([]);
    expect(second && undo(second.history)).toBeUndefined();
  });

  it('makes typing in one field one step, until the field is left', () => {
    let history = emptyHistory<string>();
    history = record(history, '', 'titel gewijzigd', 'title');
    history = record(history, 'R', 'titel gewijzigd', 'title');
    history = record(history, 'Ra', 'titel gewijzigd', 'title');
    expect(history.steps).toHaveLength(1);
    expect(undo(history)?.state).toBe('');
    history = closeGroup(history);
    history = record(history, 'Raad', 'titel gewijzigd', 'title');
    expect(history.steps).toHaveLength(2);
  });

  it('remembers at most a hundred steps', () => {
    let history = emptyHistory<number>();
    for (let i = 0; i < maxUndoSteps + 10; i += 1) history = record(history, i, `stap ${i}`);
    expect(history.steps).toHaveLength(maxUndoSteps);
    expect(history.steps[0]?.state).toBe(10);
  });
});
