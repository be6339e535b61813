import { describe, expect, it } from 'vitest';
import { hostErrorResult, timeLimitMessage } from '../runtime/protocol.ts';
import { describeStatus, finishedMessage } from './run-status.ts';

const result = (patch: object) => ({
  stdout: '',
  stderr: '',
  exitCode: 0,
  elapsed: 2,
  error: null,
  output: [],
  events: [],
  ...patch,
});

describe('run status wording', () => {
  it('says how much virtual time a run took', () => {
    expect(finishedMessage(result({}))).toBe('Finished in 2.000 s of virtual time.');
    expect(finishedMessage(result({ exitCode: 3 }))).toBe('Exited with code 3 after 2.000 s of virtual time.');
  });

  it('names the error and its line', () => {
    const error = { type: 'ZeroDivisionError', message: 'division by zero', line: 7 };
    const stderr = 'Traceback (most recent call last):\n  …\nZeroDivisionError: division by zero\n';
    expect(finishedMessage(result({ exitCode: 1, error, stderr }))).toBe(
      'Stopped by ZeroDivisionError on line 7 after 2.000 s of virtual time.',
    );
  });

  it("adds the runtime's explanation when the traceback does not show it", () => {
    const error = {
      type: 'RecursionError',
      message: 'maximum recursion depth exceeded (a function probably calls itself)',
      line: 2,
    };
    const stderr = 'RecursionError: maximum recursion depth exceeded\n';
    expect(finishedMessage(result({ exitCode: 1, error, stderr }))).toBe(
      'Stopped by RecursionError on line 2 after 2.000 s of virtual time. maximum recursion depth exceeded (a function probably calls itself)',
    );
  });

  it('shows the message of errors that happen outside Python', () => {
    expect(finishedMessage(hostErrorResult('Stopped', 'You stopped the program.'))).toBe('You stopped the program.');
    expect(finishedMessage(hostErrorResult('TimeLimitExceeded', timeLimitMessage(10)))).toMatch(
      /^Your program ran for 10 s of real time without finishing — is there an infinite loop\?/,
    );
  });

  it('reports loading progress', () => {
    expect(describeStatus({ state: 'loading', message: 'Starting Python…', progress: 0.3 })).toBe(
      'Starting Python… (30%)',
    );
  });
});
