import { describe, expect, it } from 'vitest';
import { instrument } from './instrument.ts';

const lines = (code: string) => code.split('\n').map((_, i) => i + 1);
const rewrite = (code: string) => {
  const result = instrument(code, lines(code));
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

describe('instrumenting compiled JavaScript', () => {
  it('wraps async functions, arrows and methods in the lane hook, keeping names and lines', () => {
    const code = [
      'async function f(a, b = 2) {',
      '  await g();',
      '}',
      'const k = async (x) => await x;',
      'const m = async x => { await x };',
      'class C { async run(n) { return await super.run(n) } }',
    ].join('\n');
    const result = rewrite(code);
    expect(result.functions).toEqual([
      { name: 'f', line: 1 },
      { name: 'k', line: 4 },
      { name: 'm', line: 5 },
      { name: 'run', line: 6 },
    ]);
    expect(result.code.split('\n')).toHaveLength(6); // hooks add no line
    expect(result.code).toContain('function f(...__a){return __aw.call(0,__a,{"f":async(__lane,a, b = 2) =>');
    expect(result.code).toContain('__aw.resumed(__lane,await __aw.suspend(__lane,2, g()))');
    expect(result.code).not.toMatch(/\basync function\b|\basync run\b/);
    // It still parses as the body of the runner's top-level async arrow.
    expect(() => new Function('__aw', `return async (__lane) => {${result.code}\n}`)).not.toThrow();
  });

  it('marks catch and finally blocks as places a rejected await resumes', () => {
    const result = rewrite('try { await p } catch (e) { log(e) } finally { done() }');
    expect(result.code).toContain('catch (e) {__aw.resumed(__lane); log(e)');
    expect(result.code).toContain('finally {__aw.resumed(__lane); done()');
  });

  it('leaves async generators alone and strips export keywords', () => {
    const result = rewrite('async function* gen() { await x; yield 1 }\nexport const y = 1;\nexport {};');
    expect(result.functions).toEqual([]);
    expect(result.code).toContain('async function* gen() { await x; yield 1 }');
    expect(result.code).toContain('       const y = 1;');
  });

  it('refuses imports with a clear message and the line', () => {
    const result = instrument('\nimport x from "y";', [1, 2]);
    expect(result).toMatchObject({ ok: false, error: { type: 'SyntaxError', line: 2 } });
  });
});
