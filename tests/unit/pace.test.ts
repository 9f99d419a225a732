import { describe, expect, it } from 'vitest';
import {
  clockDuration,
  countdownLabel,
  nextNotesSize,
  paceLabel,
  plannedSchedule,
  storedNotesSize,
} from '../../src/lib/deck/pace';

describe('plannedSchedule', () => {
  it('shares the planned minutes out over the slides, a divider a quarter and cover and end half a slide', () => {
    // 0.5 + 1 + 0.25 + 1 + 0.5 = 3.25 units of 60 s in a 3.25-minute talk.
    expect(plannedSchedule(['cover', 'slide', 'section', 'slide', 'end'], 3.25)).toEqual([
      { start: 0, end: 30 },
      { start: 30, end: 90 },
      { start: 90, end: 105 },
      { start: 105, end: 165 },
      { start: 165, end: 195 },
    ]);
  });

  it('plans nothing without a duration or slides', () => {
    expect(plannedSchedule(['slide'], 0)).toEqual([]);
    expect(plannedSchedule([], 10)).toEqual([]);
  });
});

describe('paceLabel', () => {
  // Twenty slides of two minutes each: slide 10 (index 9) is planned from 18 to 20 minutes.
  const schedule = plannedSchedule(Array<'slide'>(20).fill('slide'), 40);

  it('says how far the presenter is ahead of or behind the current slide’s planned slot', () => {
    expect([18, 19, 20, 21, 22.6, 17, 15.6].map((minutes) => paceLabel(minutes * 60, 9, schedule))).toEqual([
      'op schema',
      'op schema',
      'op schema',
      '1 minuut achter',
      '3 minuten achter',
      '1 minuut voor',
      '2 minuten voor',
    ]);
  });

  it('keeps quiet about less than half a minute', () => {
    expect(paceLabel(20 * 60 + 29, 9, schedule)).toBe('op schema');
    expect(paceLabel(20 * 60 + 31, 9, schedule)).toBe('1 minuut achter');
  });

  it('calls a presenter three seconds in on the first slide on schedule, and on the third slide ahead', () => {
    expect(paceLabel(3, 0, schedule)).toBe('op schema');
    expect(paceLabel(3, 2, schedule)).toBe('4 minuten voor');
  });

  it('says nothing without a plan', () => {
    expect(paceLabel(600, 3, [])).toBe('');
  });
});

describe('countdownLabel', () => {
  it('counts down to the planned end and then counts the time over', () => {
    expect([0, 65.9, 2400, 2590].map((seconds) => countdownLabel(seconds, 40))).toEqual([
      'nog 40:00',
      'nog 38:55',
      'nog 0:00',
      '3:10 over tijd',
    ]);
  });

  it('says nothing without a planned duration', () => {
    expect(countdownLabel(10, 0)).toBe('');
  });
});

describe('clockDuration', () => {
  it('writes minutes and seconds, and hours past the hour', () => {
    expect([0, 65, 3729].map(clockDuration)).toEqual(['0:00', '1:05', '1:02:09']);
  });
});

describe('notes size', () => {
  it('steps through the sizes and stops at either end', () => {
    expect([
      nextNotesSize('22', 1),
      nextNotesSize('22', -1),
      nextNotesSize('36', 1),
      nextNotesSize('16', -1),
    ]).toEqual([26, 20, 36, 16]);
  });

  it('starts at 22 px when nothing usable is stored', () => {
    expect([
      storedNotesSize(null),
      storedNotesSize('abc'),
      storedNotesSize('30'),
      storedNotesSize('31'),
    ]).toEqual([22, 22, 30, 22]);
    expect(nextNotesSize('junk', 1)).toBe(26);
  });
});
