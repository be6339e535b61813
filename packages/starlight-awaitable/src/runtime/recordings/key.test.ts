import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../protocol.ts';
import { keyMaterial, recordingKey } from './key.ts';

const base: RunRequest = {
  source: 'import asyncio\nprint(1)\n',
  filename: 'main.py',
  stdin: null,
  cpuTime: true,
  trace: true,
};
const ID = '314.0.7-0123456789abcdef';

describe('recordingKey', () => {
  it('is the same for the same request and a hex SHA-256', async () => {
    const key = await recordingKey(base, ID);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await recordingKey({ ...base }, ID)).toBe(key);
  });

  it('treats a missing field as the worker does (stdin undefined is null; the Timeline sends no stdin)', async () => {
    const { stdin: _, ...noStdin } = base;
    expect(await recordingKey(noStdin, ID)).toBe(await recordingKey(base, ID));
    const { cpuTime: __, ...noCpu } = base;
    expect(await recordingKey(noCpu, ID)).toBe(await recordingKey(base, ID)); // cpuTime defaults to true
  });

  it('changes with one character of source, any option, or the runtime', async () => {
    const key = await recordingKey(base, ID);
    const variants: Array<[string, RunRequest, string]> = [
      ['one character', { ...base, source: base.source.replace('1', '2') }, ID],
      ['trailing space', { ...base, source: base.source + ' ' }, ID],
      ['filename', { ...base, filename: 'starter.py' }, ID],
      ['stdin', { ...base, stdin: '' }, ID],
      ['cpuTime', { ...base, cpuTime: false }, ID],
      ['trace', { ...base, trace: false }, ID],
      ['fullTraceback', { ...base, fullTraceback: true }, ID],
      ['inspect', { ...base, inspect: true }, ID],
      ['checks', { ...base, checks: ['def check(stdout, trace, globals): pass'] }, ID],
      ['runtime', base, '314.0.7-fedcba9876543210'],
    ];
    const keys = await Promise.all(variants.map(([, request, id]) => recordingKey(request, id)));
    variants.forEach(([name], index) => expect(keys[index], name).not.toBe(key));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps check order significant and fields unambiguous', () => {
    const a = keyMaterial({ ...base, checks: ['a', 'b'] }, ID);
    const b = keyMaterial({ ...base, checks: ['b', 'a'] }, ID);
    expect(a).not.toBe(b);
    // A source that looks like the next field cannot collide with a different split.
    expect(keyMaterial({ ...base, source: 'x","main.py' }, ID)).not.toBe(
      keyMaterial({ ...base, source: 'x', filename: 'main.py","main.py' }, ID),
    );
  });
});
