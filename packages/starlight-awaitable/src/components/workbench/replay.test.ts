import { describe, expect, it } from 'vitest';
import { planReplay } from './replay.ts';

const chunk = (text: string, t: number) => ({ stream: 'stdout' as const, text, t });

describe('planReplay', () => {
  it('shows each chunk at its virtual time, same-instant chunks together', () => {
    const plan = planReplay([chunk('a', 0), chunk('b', 0), chunk('c', 1.5)], 2);
    expect(plan.scale).toBe(1);
    expect(plan.steps.map((s) => [s.at, s.chunks.map((c) => c.text).join('')])).toEqual([
      [0, 'ab'],
      [1500, 'c'],
    ]);
    expect(plan.duration).toBe(2000);
  });

  it('compresses long programs to the maximum replay time', () => {
    const plan = planReplay([chunk('a', 30), chunk('b', 60)], 60, 8);
    expect(plan.duration).toBe(8000);
    expect(plan.steps.map((s) => s.at)).toEqual([4000, 8000]);
  });

  it('has nothing to wait for in a program that takes no time', () => {
    expect(planReplay([chunk('a', 0)], 0).duration).toBe(0);
  });
});
