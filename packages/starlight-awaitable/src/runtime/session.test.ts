import { describe, expect, it, vi } from 'vitest';
import { INTERRUPT_GRACE_MS, RuntimeSession, type ThreadEvents } from './session.ts';
import type { HostRequest } from './protocol.ts';

/** A fake runtime thread driven by the test: it records what the session posts and answers on demand. */
function fakeThreads() {
  const threads: Array<{
    events: ThreadEvents;
    posted: HostRequest[];
    terminated: boolean;
    token: string;
    interrupt?: Int32Array;
  }> = [];
  const factory = (events: ThreadEvents) => {
    const thread = { events, posted: [] as HostRequest[], terminated: false, token: '', interrupt: undefined };
    threads.push(thread);
    return {
      post: (message: HostRequest) => {
        thread.posted.push(message);
        if (message.type === 'init') Object.assign(thread, { token: message.token, interrupt: message.interrupt });
      },
      terminate: () => void (thread.terminated = true),
    };
  };
  return { threads, factory };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const ready = (thread: { events: ThreadEvents; token: string }) =>
  thread.events.message({ type: 'status', phase: 'ready', message: 'ok', progress: 1, token: thread.token });

describe('RuntimeSession', () => {
  it('runs a program on the thread and ignores messages without the thread token', async () => {
    const { threads, factory } = fakeThreads();
    const session = new RuntimeSession(factory);
    const pending = session.run({ source: 'print(1)' });
    await tick();
    ready(threads[0]!);
    await tick();
    const run = threads[0]!.posted.find((message) => message.type === 'run')!;
    const result = { stdout: '1\n', stderr: '', exitCode: 0, elapsed: 0, error: null, output: [], events: [] };
    threads[0]!.events.message({ type: 'result', id: run.id, result: { ...result, stdout: 'forged' } }); // no token
    threads[0]!.events.message({ type: 'result', id: run.id, result, token: threads[0]!.token });
    expect((await pending).stdout).toBe('1\n');
  });

  it('reports a failed start to waiting runs and does not restart in a loop', async () => {
    const { threads, factory } = fakeThreads();
    const session = new RuntimeSession(factory);
    const pending = session.run({ source: 'print(1)' });
    await tick();
    threads[0]!.events.message({
      type: 'crashed',
      id: null,
      message: 'Python could not start: offline',
      token: threads[0]!.token,
    });
    const result = await pending;
    expect(result.error?.type).toBe('RuntimeCrashed');
    expect(threads).toHaveLength(1); // no automatic restart
    expect(session.status.state).toBe('failed');
    void session.run({ source: 'print(2)' }); // the next run tries again with a fresh thread
    await tick();
    expect(threads).toHaveLength(2);
  });

  it('at the time limit asks Python to stop and keeps everything the run printed', async () => {
    vi.useFakeTimers();
    try {
      const { threads, factory } = fakeThreads();
      const session = new RuntimeSession(factory, 5);
      const pending = session.run({ source: 'print("about to spin")\nwhile True: pass' });
      await vi.advanceTimersByTimeAsync(0);
      const thread = threads[0]!;
      ready(thread);
      await vi.advanceTimersByTimeAsync(0);
      const run = thread.posted.find((message) => message.type === 'run')!;
      expect(thread.interrupt?.[0]).toBe(0);
      await vi.advanceTimersByTimeAsync(5000);
      expect(thread.interrupt?.[0]).toBe(2); // SIGINT, written for Python's interrupt check
      expect(thread.terminated).toBe(false);
      // Python stops and answers with its output (nothing was streamed: this is all of it).
      const output = [{ stream: 'stdout' as const, text: 'about to spin\n', t: 0 }];
      const answer = { stdout: 'about to spin\n', stderr: '', exitCode: 1, elapsed: 0.2, output, events: [] };
      const error = { type: 'Interrupted', message: 'The run was interrupted.', line: null };
      thread.events.message({ type: 'result', id: run.id, result: { ...answer, error }, token: thread.token });
      const result = await pending;
      expect(result.stdout).toBe('about to spin\n');
      expect(result.error?.type).toBe('TimeLimitExceeded');
      expect(result.stderr).toMatch(/^TimeLimitExceeded: Your program ran for 5 s/);
      expect(result.output.map((chunk) => chunk.text)).toEqual(['about to spin\n', result.stderr]);
      expect(threads).toHaveLength(1); // Python is fine: no restart
    } finally {
      vi.useRealTimers();
    }
  });

  it('terminates the thread if Python does not stop, keeping the streamed output', async () => {
    vi.useFakeTimers();
    try {
      const { threads, factory } = fakeThreads();
      const session = new RuntimeSession(factory, 5);
      const streamed: string[] = [];
      const pending = session.run(
        { source: 'stuck in C code' },
        { onOutput: (chunks) => streamed.push(...chunks.map((chunk) => chunk.text)) },
      );
      await vi.advanceTimersByTimeAsync(0);
      const thread = threads[0]!;
      ready(thread);
      await vi.advanceTimersByTimeAsync(0);
      const run = thread.posted.find((message) => message.type === 'run')!;
      const chunks = [{ stream: 'stdout', text: 'started\n', t: 0.5 }];
      thread.events.message({ type: 'output', id: run.id, chunks, token: thread.token });
      await vi.advanceTimersByTimeAsync(5000 + INTERRUPT_GRACE_MS);
      const result = await pending;
      expect(thread.terminated).toBe(true);
      expect(streamed).toEqual(['started\n']);
      expect(result.stdout).toBe('started\n');
      expect(result.error?.type).toBe('TimeLimitExceeded');
      expect(result.elapsed).toBe(0.5);
      expect(threads).toHaveLength(2); // a fresh thread for the next run
    } finally {
      vi.useRealTimers();
    }
  });
});
