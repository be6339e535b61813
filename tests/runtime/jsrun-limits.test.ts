/**
 * The JavaScript runtime's limits and messages, as for Python: a loop that never yields (wall-clock limit, runner
 * replaced, the next run fine), an unhandled rejection (printed like Node, exit 1), an output flood, a clock that runs
 * away, errors with the learner's line numbers, and a trace that shows lanes, suspensions and both queues.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeJsRuntime, stopCompiler } from '../../packages/starlight-awaitable/src/jsrun/node/js-runtime.ts';
import { buildTimeline } from '../../packages/starlight-awaitable/src/trace/lanes.ts';
import { loopStates } from '../../packages/starlight-awaitable/src/trace/steps.ts';
import { parseTrace } from '../../packages/starlight-awaitable/src/trace/schema.ts';

const runtime = createNodeJsRuntime(3);
afterAll(() => {
  runtime.dispose();
  stopCompiler();
});
const run = (source: string, trace = false) => runtime.run({ source, filename: 'main.ts', trace });

describe('limits', () => {
  it('stops a loop that never yields, keeps what it printed, and the next run works', async () => {
    const stuck = await run('console.log("before");\nwhile (true) {}\n');
    expect(stuck.error?.type).toBe('TimeLimitExceeded');
    expect(stuck.error?.message).toContain('while (true) {}');
    expect(stuck.stdout).toBe('before\n');
    const next = await run('console.log("fresh")');
    expect(next.stdout).toBe('fresh\n');
    expect(next.exitCode).toBe(0);
  });

  it('stops a microtask loop the same way', async () => {
    const stuck = await run('async function spin() { for (;;) await null; }\nspin();\n');
    expect(stuck.error?.type).toBe('TimeLimitExceeded');
  });

  it('reports an unhandled rejection like Node: the line, the stack with learner lines, exit code 1', async () => {
    const result = await run(
      'async function fail(): Promise<void> {\n  await null;\n  throw new Error("boom");\n}\nfail();\nsetTimeout(() => console.log("never"), 10);\n',
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.error).toMatchObject({ type: 'Error', message: 'boom', line: 3 });
    expect(result.stderr).toContain('main.ts:3\n  throw new Error("boom");\n');
    expect(result.stderr).toContain('Error: boom\n    at fail (main.ts:3)');
  });

  it('reports a rejection with a non-Error reason with Node’s ERR_UNHANDLED_REJECTION wording', async () => {
    const result = await run('Promise.reject("nope");\n');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('The promise rejected with the reason "\'nope\'"');
  });

  it('stops an output flood at 1 MB', async () => {
    const result = await run('for (;;) console.log("x".repeat(1000));\n');
    expect(result.error?.type).toBe('OutputLimitExceeded');
    expect(result.stdout.length).toBeLessThanOrEqual(1_000_000);
    expect(result.stdout.length).toBeGreaterThan(900_000);
  });

  it('stops a clock that passes one virtual hour', async () => {
    const result = await run('setInterval(() => {}, 60_000);\n');
    expect(result.error?.type).toBe('VirtualTimeLimitExceeded');
    expect(result.elapsed).toBeLessThanOrEqual(3600);
  });

  it('gives syntax and type-strip errors with the learner’s line', async () => {
    const result = await run('const a = 1;\nconst b: = 2;\n');
    expect(result.error).toMatchObject({ type: 'SyntaxError', line: 2 });
    expect(result.stderr).toContain('line 2');
    const types = await run('interface A { x: number }\n\n\nlet y: A = { x: 1 };\ny.x = ;\n');
    expect(types.error).toMatchObject({ type: 'SyntaxError', line: 5 });
  });

  it('gives a runtime error the learner’s line, after type-only lines were stripped', async () => {
    const result = await run(
      'type Point = {\n  x: number;\n};\nconst p: Point = { x: 1 };\n(p as any).missing.call();\n',
    );
    expect(result.error).toMatchObject({ type: 'TypeError', line: 5 });
  });

  it('finishes long sleeps at once while the program sees the time pass', async () => {
    const result = await run(
      'const t0 = Date.now(), p0 = performance.now();\nawait new Promise((r) => setTimeout(r, 2000));\nconsole.log(Date.now() - t0, performance.now() - p0);\n',
    );
    expect(result.stdout).toBe('2000 2000\n');
    expect(result.elapsed).toBe(2);
    expect(result.output[0]!.t).toBe(2);
  });

  it('does not let one run’s globals reach the next', async () => {
    await run('(globalThis as any).leak = 42; Promise.prototype.then = () => { throw new Error("x") };\n');
    const result = await run(
      'console.log(typeof (globalThis as any).leak); await Promise.resolve(1).then((v) => console.log(v));\n',
    );
    expect(result.stdout).toBe('undefined\n1\n');
  });
});

describe('the trace', () => {
  const program = [
    'const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));',
    'async function worker(name: string) {',
    '  console.log("start", name);',
    '  await sleep(1000);',
    '  console.log("end", name);',
    '}',
    'setTimeout(() => console.log("timer"), 0);',
    'Promise.resolve().then(() => console.log("microtask"));',
    'await Promise.all([worker("a"), worker("b")]);',
    '',
  ].join('\n');

  it('is valid in the one trace schema, with lanes per async call and both queues', async () => {
    const result = await run(program, true);
    expect(result.stdout).toBe('start a\nstart b\nmicrotask\ntimer\nend a\nend b\n');
    const trace = parseTrace(result.events);
    expect(trace.ok).toBe(true);
    const created = result.events.filter((e) => e.kind === 'task_created');
    expect(created.map((e) => e.kind === 'task_created' && e.coro)).toEqual(['', "worker('a')", "worker('b')"]);
    expect(created[1]).toMatchObject({ parent: 'script', line: 9 });
    const suspended = result.events.filter((e) => e.kind === 'task_suspended');
    expect(suspended).toContainEqual(
      expect.objectContaining({ task: 'async-1', line: 4, awaiting: { kind: 'promise' } }),
    );
    expect(suspended).toContainEqual(
      expect.objectContaining({ task: 'script', line: 9, awaiting: { kind: 'gather', tasks: ['async-1', 'async-2'] } }),
    );
    const queues = result.events.flatMap((e) => (e.kind === 'turn' ? [e.queue] : []));
    expect(queues).toContain('microtask');
    expect(queues).toContain('timer');
    // The microtask callback's turn comes before the 0 ms timer's.
    expect(queues.indexOf('microtask')).toBeLessThan(queues.indexOf('timer'));

    const timeline = buildTimeline(result.events);
    expect(timeline.lanes.map((lane) => lane.label)).toEqual([
      'script',
      "async-1 worker('a')",
      "async-2 worker('b')",
      'callbacks (timers, .then, outside any async call)',
    ]);
    const marks = timeline.lanes.flatMap((lane) => lane.markers.map((m) => m.kind));
    expect(marks).toContain('microtask');
    expect(marks).toContain('timer');

    const steps = loopStates(result.events);
    expect(steps.some((s) => s.queue === 'microtask' && /from the microtask queue/.test(s.description))).toBe(true);
    expect(steps.some((s) => s.queue === 'timer' && /from the timer queue/.test(s.description))).toBe(true);
  });
});
