import { describe, expect, it } from 'vitest';
import {
  describeScore,
  fingerprint,
  hashString,
  moveItem,
  outputLines,
  readsInOrder,
  scoreOrder,
  shuffledOrder,
} from './lines.ts';

const sorted = (order: number[]) => [...order].sort((a, b) => a - b);

describe('outputLines', () => {
  it('splits on newlines; the final newline does not add a line', () => {
    expect(outputLines('a\nb\n')).toEqual(['a', 'b']);
    expect(outputLines('a\nb')).toEqual(['a', 'b']);
    expect(outputLines('a\r\nb\r\n')).toEqual(['a', 'b']);
  });
  it('keeps blank lines in the middle and returns nothing for empty output', () => {
    expect(outputLines('a\n\nb\n')).toEqual(['a', '', 'b']);
    expect(outputLines('')).toEqual([]);
  });
});

describe('shuffledOrder', () => {
  it('is a permutation, the same for the same seed', () => {
    const lines = ['a', 'b', 'c', 'd', 'e', 'f'];
    const order = shuffledOrder(lines, 'run_order.py');
    expect(sorted(order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shuffledOrder(lines, 'run_order.py')).toEqual(order);
  });

  it('differs between seeds (for long enough lists)', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i}`);
    expect(shuffledOrder(lines, 'one.py')).not.toEqual(shuffledOrder(lines, 'two.py'));
  });

  it('never starts in the right order when there are two or more lines', () => {
    for (let n = 2; n <= 7; n++) {
      const lines = Array.from({ length: n }, (_, i) => `line ${i}`);
      for (let seed = 0; seed < 200; seed++) {
        const order = shuffledOrder(lines, `file${seed}.py`);
        expect(sorted(order)).toEqual(lines.map((_, i) => i));
        expect(readsInOrder(order, lines)).toBe(false);
      }
    }
  });

  it('treats repeated lines as interchangeable: the shuffle still reads differently', () => {
    const lines = ['tick', 'tick', 'done'];
    for (let seed = 0; seed < 100; seed++) expect(readsInOrder(shuffledOrder(lines, `s${seed}`), lines)).toBe(false);
  });

  it('handles one line, and lines that are all the same', () => {
    expect(shuffledOrder(['only'], 'x.py')).toEqual([0]);
    expect(sorted(shuffledOrder(['x', 'x', 'x'], 'x.py'))).toEqual([0, 1, 2]);
  });
});

describe('moveItem', () => {
  it('moves an item and clamps to the list', () => {
    expect(moveItem([0, 1, 2], 0, 1)).toEqual([1, 0, 2]);
    expect(moveItem([0, 1, 2], 2, 0)).toEqual([2, 0, 1]);
    expect(moveItem([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
    expect(moveItem([0, 1, 2], 2, 9)).toEqual([0, 1, 2]);
    expect(moveItem([0, 1, 2], 5, 0)).toEqual([0, 1, 2]);
  });
});

describe('scoreOrder and describeScore', () => {
  const lines = ['start a', 'start b', 'done b', 'done a'];

  it('marks each position', () => {
    const score = scoreOrder([0, 1, 3, 2], lines);
    expect(score).toEqual({ placed: [true, true, false, false], right: 2, total: 4 });
    expect(describeScore(score)).toBe('2 of 4 lines are in the right place. Move the marked lines and check again.');
  });

  it('says when everything is right', () => {
    expect(describeScore(scoreOrder([0, 1, 2, 3], lines))).toMatch(/^All 4 lines are in the right place\./);
  });

  it('counts repeated lines by their text, not their index', () => {
    const repeated = ['tick', 'tick', 'done'];
    expect(scoreOrder([1, 0, 2], repeated).right).toBe(3);
    expect(describeScore(scoreOrder([2, 0, 1], repeated))).toMatch(/^1 of 3 lines is/);
  });

  it('uses the singular for one line', () => {
    expect(describeScore({ placed: [true, false], right: 1, total: 2 })).toMatch(/^1 of 2 lines is in/);
  });
});

describe('hashString and fingerprint', () => {
  it('are stable and differ for different text', () => {
    expect(hashString('abc')).toBe(hashString('abc'));
    expect(hashString('')).toBe(0x811c9dc5);
    expect(fingerprint('a\nb\n')).not.toBe(fingerprint('b\na\n'));
  });
});
