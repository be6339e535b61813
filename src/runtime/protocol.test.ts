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
