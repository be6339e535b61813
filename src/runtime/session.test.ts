import { describe, expect, it } from 'vitest';
import { RuntimeSession, type ThreadEvents } from './session.ts';
import type { HostRequest } from './protocol.ts';

/** A fake runtime thread driven by the test: it records what the session posts and answers on demand. */
function fakeThreads() {
  const threads: Array<{ events: ThreadEvents; posted: HostRequest[]; terminated: boolean; token: string }> = [];
  const factory = (events: ThreadEvents) => {
    const thread = { events, posted: [] as HostRequest[], terminated: false, token: '' };
    threads.push(thread);
    return {
      post: (message: HostRequest) => {
        thread.posted.push(message);
        if (message.type === 'init') thread.token = message.token;
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
});
