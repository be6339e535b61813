import { describe, expect, it } from 'vitest';
import { isOurKey } from '../../progress/keys.ts';
import { parsePredict, predictKey, serializePredict } from './record.ts';

const order = { mode: 'order' as const, count: 3, fp: 'abc' };
const choose = { mode: 'choose' as const, count: 3, fp: 'abc' };

describe('predict record', () => {
  it('lives under the awaitable: prefix', () => {
    expect(predictKey('why-asyncio/run_order.py')).toBe('awaitable:predict:why-asyncio/run_order.py');
    expect(isOurKey(predictKey('x/y.py'))).toBe(true);
  });

  it('round-trips an arrangement and a choice', () => {
    expect(parsePredict(serializePredict({ order: [2, 0, 1], checked: true }, 'abc'), order)).toEqual({
      order: [2, 0, 1],
      checked: true,
    });
    expect(parsePredict(serializePredict({ choice: 1, checked: false }, 'abc'), choose)).toEqual({
      choice: 1,
      checked: false,
    });
  });

  it.each([
    ['nothing saved', null],
    ['unreadable storage', undefined],
    ['not JSON', '{oops'],
    ['not an object', '3'],
    ['another version', JSON.stringify({ v: 2, fp: 'abc', order: [0, 1, 2] })],
    ['another output', JSON.stringify({ v: 1, fp: 'zzz', order: [0, 1, 2] })],
    ['too short', JSON.stringify({ v: 1, fp: 'abc', order: [0, 1] })],
    ['repeated index', JSON.stringify({ v: 1, fp: 'abc', order: [0, 0, 1] })],
    ['out of range', JSON.stringify({ v: 1, fp: 'abc', order: [0, 1, 3] })],
    ['not integers', JSON.stringify({ v: 1, fp: 'abc', order: [0, 1, 1.5] })],
    ['a choice in ordering mode', JSON.stringify({ v: 1, fp: 'abc', choice: 1 })],
  ])('ignores %s (ordering)', (_, raw) => {
    expect(parsePredict(raw, order)).toBeNull();
  });

  it.each([
    ['a negative choice', JSON.stringify({ v: 1, fp: 'abc', choice: -1 })],
    ['a choice past the end', JSON.stringify({ v: 1, fp: 'abc', choice: 3 })],
    ['a string choice', JSON.stringify({ v: 1, fp: 'abc', choice: '1' })],
  ])('ignores %s (choose)', (_, raw) => {
    expect(parsePredict(raw, choose)).toBeNull();
  });

  it('treats anything but checked: true as unchecked', () => {
    expect(parsePredict(JSON.stringify({ v: 1, fp: 'abc', choice: 0, checked: 'yes' }), choose)).toEqual({
      choice: 0,
      checked: false,
    });
  });
});
