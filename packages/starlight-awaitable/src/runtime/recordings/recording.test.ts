import { afterEach, describe, expect, it, vi } from 'vitest';
import { planReplay } from '../../components/workbench/replay.ts';
import { TIME_LIMIT_ERROR, type RunRequest, type RunResult } from '../protocol.ts';
import { RuntimeSession, type ThreadEvents } from '../session.ts';
import { answerRun } from './answer.ts';
import { recordingKey } from './key.ts';
import { findRecording, isRecordable, parseRecordings, type Recording } from './recording.ts';

const ID = '314.0.7-0123456789abcdef';
const request: RunRequest = { source: 'print("a")\n', filename: 'main.py', stdin: null, cpuTime: true, trace: true };
const result: RunResult = {
  stdout: 'a\nb\n',
  stderr: '',
  exitCode: 0,
  elapsed: 1.5,
  error: null,
  output: [
    { stream: 'stdout', text: 'a\n', t: 0, task: 'Task-1' },
    { stream: 'stdout', text: 'b\n', t: 1.25, task: 'Task-2' },
  ],
  events: [],
};
const recordingOf = async (req: RunRequest, res = result): Promise<Recording> => ({
  key: await recordingKey(req, ID),
  result: res,
});

describe('recordings', () => {
  it('are found only for exactly the request they were made for', async () => {
    const recordings = [await recordingOf(request)];
    expect(await findRecording(recordings, request, ID)).toEqual(result);
    expect(await findRecording(recordings, { ...request, source: 'print("b")\n' }, ID)).toBeNull();
    expect(await findRecording(recordings, { ...request, cpuTime: false }, ID)).toBeNull();
    expect(await findRecording(recordings, request, '314.0.7-other')).toBeNull();
    expect(await findRecording(recordings, request, '')).toBeNull();
  });

  it('never keep a run that hit the wall-clock limit or crashed', () => {
    const error = (type: string) => ({ ...result, error: { type, message: 'x', line: null, traceback: '' } });
    expect(isRecordable(result)).toBe(true);
    expect(isRecordable(error('ZeroDivisionError'))).toBe(true); // the program's own, deterministic error
    for (const type of [TIME_LIMIT_ERROR, 'RuntimeCrashed', 'Stopped', 'Interrupted', 'MemoryError'])
      expect(isRecordable(error(type)), type).toBe(false);
  });

  it('are validated when read from a page: malformed ones and unrecordable ones are dropped', async () => {
    const good = await recordingOf(request);
    const parsed = parseRecordings([
      good,
      { key: 'not-hex', result },
      { key: good.key, result: { ...result, output: 'forged' } },
      { key: good.key, result: { ...result, error: { type: TIME_LIMIT_ERROR, message: 'x', line: null } } },
      null,
    ]);
    expect(parsed).toEqual([good]);
    expect(parseRecordings('nonsense')).toEqual([]);
  });

  it('replay their chunks at the recorded virtual times, as a live run is replayed', () => {
    const plan = planReplay(result.output, result.elapsed);
    expect(plan.steps.map((step) => [step.at, step.chunks.map((chunk) => chunk.text).join('')])).toEqual([
      [0, 'a\n'],
      [1250, 'b\n'],
    ]);
    expect(plan.duration).toBe(1500);
  });
});

describe('answerRun', () => {
  afterEach(() => vi.unstubAllGlobals());

  function session() {
    const threads: Array<{ events: ThreadEvents; posted: unknown[]; token: string }> = [];
    const runtime = new RuntimeSession((events) => {
      const thread = { events, posted: [] as unknown[], token: '' };
      threads.push(thread);
      return {
        post: (message) => {
          thread.posted.push(message);
          if (message.type === 'init') thread.token = message.token;
        },
        terminate: () => undefined,
      };
    });
    return { runtime, threads };
  }

  it('answers unmodified code from the recording while Python starts, and starts Python', async () => {
    vi.stubGlobal('__RUNTIME_ID__', ID);
    const { runtime, threads } = session();
    const answer = await answerRun(runtime, [await recordingOf(request)], request);
    expect(answer).toEqual({ result, recorded: true });
    expect(threads).toHaveLength(1); // Python was started…
    expect(threads[0]!.posted.some((m) => (m as { type: string }).type === 'run')).toBe(false); // …but not asked
  });

  it('sends edited code, and every run once Python is ready, to Python', async () => {
    vi.stubGlobal('__RUNTIME_ID__', ID);
    const { runtime, threads } = session();
    const recordings = [await recordingOf(request)];
    const edited = answerRun(runtime, recordings, { ...request, source: 'print("a") \n' });
    // The key is a SHA-256 digest (async): wait for what follows it, not for a fixed number of turns.
    const thread = await vi.waitFor(() => {
      expect(threads).toHaveLength(1);
      return threads[0]!;
    });
    thread.events.message({ type: 'status', phase: 'ready', message: 'ok', progress: 1, token: thread.token });
    const runs = () => thread.posted.filter((m) => (m as { type: string }).type === 'run') as { id: number }[];
    const answerLive = async (count: number) => {
      const run = await vi.waitFor(() => {
        expect(runs()).toHaveLength(count);
        return runs().at(-1)!;
      });
      const live = { ...result, stdout: 'live\n' };
      thread.events.message({ type: 'result', id: run.id, result: live, token: thread.token });
    };
    await answerLive(1);
    expect(await edited).toEqual({ result: { ...result, stdout: 'live\n' }, recorded: false });
    // Python is ready: even the unmodified code goes live.
    const unmodified = answerRun(runtime, recordings, request);
    await answerLive(2);
    expect((await unmodified).recorded).toBe(false);
  });
});
