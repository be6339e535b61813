import { describe, expect, it } from 'vitest';
import { hostErrorResult, parseHostMessage } from './protocol.ts';

const token = 'secret-1';
const result = { ...hostErrorResult('Stopped', 'You stopped the program.'), exitCode: 0, error: null };

describe('messages from the runtime thread', () => {
  it('accepts well-formed messages that carry the thread token', () => {
    expect(parseHostMessage({ type: 'result', id: 3, result, token }, token)).toEqual({
      type: 'result',
      id: 3,
      result,
    });
    expect(
      parseHostMessage({ type: 'status', phase: 'ready', message: 'ok', progress: 1, token }, token),
    ).toMatchObject({
      type: 'status',
      phase: 'ready',
    });
  });

  it('rejects a forged message: right shape, wrong or missing token', () => {
    const forged = { type: 'result', id: 3, result: { ...result, stdout: 'All checks passed!' } };
    expect(parseHostMessage(forged, token)).toBeNull();
    expect(parseHostMessage({ ...forged, token: 'guess' }, token)).toBeNull();
  });

  it('rejects messages that do not match the protocol', () => {
    expect(parseHostMessage({ type: 'result', id: 'x', result, token }, token)).toBeNull();
    expect(
      parseHostMessage({ type: 'output', id: 1, chunks: [{ stream: 'html', text: '<b>', t: 0 }], token }, token),
    ).toBeNull();
    expect(parseHostMessage({ type: 'navigate', url: 'https://evil.example', token }, token)).toBeNull();
    expect(parseHostMessage('result', token)).toBeNull();
  });
});

describe('the trace at the boundary', () => {
  const event = { seq: 1, t: 0, kind: 'task_created', task: 'Task-1', coro: 'main()', parent: null, line: 9 };
  it('passes a result whose events match the schema', () => {
    const traced = { ...result, events: [{ ...event, internal: false }] };
    expect(parseHostMessage({ type: 'result', id: 3, result: traced, token }, token)).toEqual({
      type: 'result',
      id: 3,
      result: traced,
    });
  });

  it('turns a result whose events do not match into a runtime error that keeps the output, with no events', () => {
    const output = [{ stream: 'stdout' as const, text: 'hi\n', t: 0 }];
    const traced = { ...result, stdout: 'hi\n', output, elapsed: 2, events: [event] }; // `internal` is missing
    const message = parseHostMessage({ type: 'result', id: 3, result: traced, token }, token);
    expect(message?.type).toBe('result');
    if (message?.type !== 'result') return;
    expect(message.result.events).toEqual([]);
    expect(message.result.error).toMatchObject({ type: 'RuntimeTraceInvalid' });
    expect(message.result.error?.message).toContain('event 1 (task_created), field internal');
    expect(message.result.stdout).toBe('hi\n');
    expect(message.result.elapsed).toBe(2);
  });
});
