import { describe, expect, it } from 'vitest';
import { correctChoice, lessonOf, loadPredictSource } from './source.ts';

const files = {
  '/content/lessons/demo/order.py': 'print("a")\nprint("b")\n',
  '/content/lessons/demo/order.out': 'a\nb\n',
  '/content/lessons/demo/no_output.py': 'pass\n',
  '/content/lessons/demo/silent.py': 'pass\n',
  '/content/lessons/demo/silent.out': '',
};

describe('loadPredictSource', () => {
  it('reads the program and its recorded output', () => {
    expect(loadPredictSource('demo', 'order.py', files)).toEqual({
      id: 'demo/order.py',
      source: 'print("a")\nprint("b")\n',
      output: 'a\nb\n',
      lines: ['a', 'b'],
    });
  });

  it('names the lesson and the file when the program is missing', () => {
    expect(() => loadPredictSource('demo', 'gone.py', files)).toThrow(
      'Lesson "demo" (content/lessons/demo/index.mdx): <PredictOutput file="gone.py">: content/lessons/demo/gone.py does not exist.',
    );
  });

  it('names the .out file and how to record it when the output is missing', () => {
    expect(() => loadPredictSource('demo', 'no_output.py', files)).toThrow(
      /content\/lessons\/demo\/no_output\.out \(its expected output\) does not exist\. Record it with `npm run --silent pyrun/,
    );
  });

  it('rejects empty output and paths that are not a .py beside the lesson', () => {
    expect(() => loadPredictSource('demo', 'silent.py', files)).toThrow('is empty');
    expect(() => loadPredictSource('demo', '../other/order.py', files)).toThrow('must name a .py file');
    expect(() => loadPredictSource('demo', 'order.out', files)).toThrow('must name a .py file');
  });

  it('finds the real demo lesson files through the glob', () => {
    expect(loadPredictSource('why-asyncio', 'predict_order.py').lines.length).toBeGreaterThanOrEqual(2);
  });
});

describe('correctChoice', () => {
  it('finds the choice equal to the output (the final newline is optional)', () => {
    expect(correctChoice('demo', 'order.py', 'a\nb\n', ['b\na', 'a\nb'])).toBe(1);
  });

  it('fails when no choice matches, naming the lesson and file', () => {
    expect(() => correctChoice('demo', 'order.py', 'a\nb\n', ['b\na', 'a'])).toThrow(
      /Lesson "demo".*<PredictOutput file="order.py">: none of the choices equals the recorded output in order\.out/s,
    );
  });

  it('fails on missing, too few, non-string or repeated choices', () => {
    expect(() => correctChoice('demo', 'order.py', 'a\n', undefined)).toThrow('needs `choices`');
    expect(() => correctChoice('demo', 'order.py', 'a\n', ['a'])).toThrow('needs `choices`');
    expect(() => correctChoice('demo', 'order.py', 'a\n', ['a', 3])).toThrow('needs `choices`');
    expect(() => correctChoice('demo', 'order.py', 'a\n', ['a', 'a\n'])).toThrow('are the same output');
    expect(() => correctChoice('demo', 'order.py', 'a\n', ['a', 'b', 'b'])).toThrow('two choices are the same output');
  });
});

describe('lessonOf', () => {
  it('finds the lesson folder or names the component', () => {
    expect(lessonOf('/lessons/why-asyncio/', '<Quiz>')).toBe('why-asyncio');
    expect(() => lessonOf('/about/', '<Quiz>')).toThrow('<Quiz> can only be used on a lesson page');
  });
});
