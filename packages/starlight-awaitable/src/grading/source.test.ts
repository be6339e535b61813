import { describe, expect, it } from 'vitest';
import { findConstructInSource, findNameInSource, stripCommentsAndStrings } from './source.ts';

describe('stripCommentsAndStrings', () => {
  it('blanks comments and string contents but keeps code and line numbers', () => {
    const source = [
      'import time  # time.sleep would block',
      'x = "time.sleep(1)"',
      "doc = '''first",
      'await asyncio.sleep(1)',
      "'''",
      'time.sleep(1)',
    ].join('\n');
    const stripped = stripCommentsAndStrings(source);
    expect(stripped.split('\n')).toHaveLength(6);
    expect(stripped).not.toMatch(/would|sleep\(1\)"|asyncio/);
    expect(stripped.split('\n')[5]).toBe('time.sleep(1)');
  });

  it('handles escaped quotes, prefixes and an unterminated string', () => {
    const stripped = stripCommentsAndStrings('a = f"say \\"{time.sleep}\\""; b = rb\'x\'\nc = "open\nawait x');
    expect(stripped).not.toContain('time');
    expect(stripped.split('\n')[2]).toBe('await x');
  });
});

describe('findNameInSource', () => {
  it('finds a dotted name and its line', () => {
    expect(findNameInSource('import time\n\n\ntime.sleep(1)\n', 'time.sleep')).toBe(4);
    expect(findNameInSource('import time\ntime . sleep(1)\n', 'time.sleep')).toBe(2);
  });

  it('ignores mentions in comments and strings', () => {
    expect(findNameInSource('import time\n# time.sleep(1)\nprint("time.sleep")\n', 'time.sleep')).toBeNull();
  });

  it('does not count an import as a use', () => {
    expect(findNameInSource('from time import sleep\n', 'time.sleep')).toBeNull();
    expect(findNameInSource('import asyncio\n', 'asyncio')).toBeNull();
  });

  it('resolves from-imports, aliases and star imports', () => {
    expect(findNameInSource('from time import sleep\nsleep(1)\n', 'time.sleep')).toBe(2);
    expect(findNameInSource('from time import sleep as nap\n\nnap(1)\n', 'time.sleep')).toBe(3);
    expect(findNameInSource('import asyncio as aio\naio.TaskGroup()\n', 'asyncio.TaskGroup')).toBe(2);
    expect(
      findNameInSource('from asyncio import (\n    gather,\n    sleep,\n)\nawait gather()\n', 'asyncio.gather'),
    ).toBe(5);
    expect(findNameInSource('from asyncio import *\nTaskGroup()\n', 'asyncio.TaskGroup')).toBe(2);
  });

  it('keeps code after an import on the same line', () => {
    expect(findNameInSource('import asyncio; asyncio.run(main())\n', 'asyncio.run')).toBe(1);
  });

  it('does not match a longer name or an attribute of something else', () => {
    expect(findNameInSource('import time\ntime.sleeper(1)\n', 'time.sleep')).toBeNull();
    expect(findNameInSource('clock.time.sleep(1)\n', 'time.sleep')).toBeNull();
    expect(findNameInSource('mytime.sleep(1)\n', 'time.sleep')).toBeNull();
    // A method with the same last name is not the module function.
    expect(findNameInSource('tg.create_task(f())\n', 'asyncio.create_task')).toBeNull();
  });
});

describe('findConstructInSource', () => {
  const program = [
    'async def main():',
    '    async with asyncio.TaskGroup() as tg:',
    '        pass',
    '    # async for x in y',
    '    try:',
    '        await asyncio.sleep(1)',
    '    except* ValueError:',
    '        pass',
  ].join('\n');

  it('finds each construct on its line', () => {
    expect(findConstructInSource(program, 'async def')).toBe(1);
    expect(findConstructInSource(program, 'async with')).toBe(2);
    expect(findConstructInSource(program, 'await')).toBe(6);
    expect(findConstructInSource(program, 'except*')).toBe(7);
  });

  it('does not find a construct that only appears in a comment', () => {
    expect(findConstructInSource(program, 'async for')).toBeNull();
    expect(findConstructInSource(program, 'yield')).toBeNull();
  });
});
