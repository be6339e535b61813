import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatInstant, formatSeconds } from './time-format.ts';

describe('the time formatters', () => {
  it('each writes the same instant its own way, for its own place', () => {
    const t = 2.0400012;
    expect([formatInstant(t), formatDuration(t), formatSeconds(t), formatClock(t)]).toEqual([
      '2.04 s',
      '2.04 s',
      '2.040 s',
      '2.040 s',
    ]);
    expect([formatInstant(1), formatDuration(1), formatSeconds(1), formatClock(1)]).toEqual([
      '1 s',
      '1 s',
      '1.0 s',
      '1.000 s',
    ]);
    expect(formatDuration(0.0015)).toBe('1.5 ms');
  });
});
