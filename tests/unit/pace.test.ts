import { describe, expect, it } from 'vitest';
import { clockDuration, paceLabel } from '../../src/lib/deck/pace';

describe('paceLabel', () => {
  it('says how far the presenter is behind or ahead of a 40-minute plan of 20 slides', () => {
    // Slide 10 (index 9) is planned at 19 minutes.
    expect([19, 21, 20.4, 17, 18].map((minutes) => paceLabel(minutes * 60, 9, 20, 40))).toEqual([
      'op schema',
      '2 minuten achter',
      '1 minuut achter',
      '2 minuten voor',
      '1 minuut voor',
    ]);
  });

  it('says nothing without a planned duration', () => {
    expect(paceLabel(600, 3, 10, 0)).toBe('');
  });
});

describe('clockDuration', () => {
  it('writes minutes and seconds, and hours past the hour', () => {
    expect([0, 65, 3729].map(clockDuration)).toEqual(['0:00', '1:05', '1:02:09']);
  });
});
