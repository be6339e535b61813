import { describe, expect, it } from 'vitest';
import { formatArgs } from './format.ts';

// Expected strings are what Node 22's console.log prints (checked against the real Node in
// tests/runtime/js-fidelity/13-console-format.ts).
describe("console.log's formatting", () => {
  it('prints primitives and short structures on one line', () => {
    expect(formatArgs(['a', 1, -0, 10n, null, undefined])).toBe('a 1 -0 10n null undefined');
    expect(formatArgs([[1, 'two'], { a: { b: { c: { d: 1 } } } }])).toBe("[ 1, 'two' ] { a: { b: { c: [Object] } } }");
    expect(formatArgs([new Map([['k', 1]]), new Set([1])])).toBe("Map(1) { 'k' => 1 } Set(1) { 1 }");
  });

  it('groups long arrays of numbers into right-aligned columns like Node', () => {
    expect(formatArgs([Array.from({ length: 10 }, (_, i) => i * 11)])).toBe(
      '[\n   0, 11, 22, 33, 44,\n  55, 66, 77, 88, 99\n]',
    );
  });

  it('substitutes %s and %d', () => {
    expect(formatArgs(['%s has %d', 'Ada', 3, 'more'])).toBe('Ada has 3 more');
  });
});
