import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TraceEvent } from '../runtime/protocol.ts';
import { loadEvents } from './fixtures/load.ts';
import { LoopSteps, loopStates } from './steps.ts';
import { manyTasksTrace } from './many-tasks.testdata.ts';

describe('LoopSteps on recorded traces', () => {
  /** The state of the step that shows the event with this seq. */
  const stateAt = (steps: LoopSteps, seq: number) => steps.at(steps.stepOfSeq(seq));

  it('concurrent: one step per turn; ready queue order, suspended tasks with what they await, timers, clock', () => {
    const steps = new LoopSteps(loadEvents('concurrent'));
    const states = loopStates(loadEvents('concurrent'));
    expect(states[0]).toMatchObject({ index: 0, clock: 0, running: null, turn: null, ready: [], outputCount: 0 });
    // main's first turn (seq 3–8) is one step: it creates both children and suspends on gather.
    const afterGather = stateAt(steps, 8);
    expect(afterGather.seq).toBe(3);
    expect(afterGather.turn?.task).toBe('Task-1');
    expect(afterGather.ready.map((r) => r.task)).toEqual(['Task-2', 'Task-3']);
    expect(afterGather.suspended).toEqual([
      { task: 'Task-1', label: 'Task-1 main()', awaiting: 'gather (2 tasks)', line: 11, since: 0 },
    ]);
    expect(afterGather.description).toBe(
      "At 0 s: the loop runs Task-1 main(): it starts, creates Task-2 download(name='a', seconds=1) and " +
        "Task-3 download(name='b', seconds=2) (line 11) and suspends at line 11, awaiting gather of " +
        "Task-2 download(name='a', seconds=1), Task-3 download(name='b', seconds=2).",
    );
    // Task-2's turn: it ran to line 5 and is now asleep; Task-3 is next.
    const turn = stateAt(steps, 9);
    expect(turn.running).toBeNull();
    expect(turn.turn).toEqual({ task: 'Task-2', label: "Task-2 download(name='a', seconds=1)", line: 5 });
    expect(turn.ready.map((r) => r.task)).toEqual(['Task-3']);
    // Both asleep, two timers pending in deadline order.
    const asleep = stateAt(steps, 14);
    expect(asleep.timers.map((t) => [t.timer, t.when])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(asleep.suspended.map((s) => s.awaiting)).toEqual(['gather (2 tasks)', 'sleep 1 s', 'sleep 2 s']);
    // The clock jump and the timer it fires are one step.
    const idle = stateAt(steps, 15);
    expect(stateAt(steps, 17).index).toBe(idle.index);
    expect(idle.clock).toBe(1);
    expect(idle.description).toBe(
      "At 1 s: nothing is ready, so the clock jumps from 0 s to 1 s; timer #1 fires; Task-2 download(name='a', seconds=1) joins the ready queue.",
    );
    const last = states.at(-1)!;
    expect(last.outputCount).toBe(3);
    expect(last.finished.map((f) => [f.task, f.state])).toEqual([
      ['Task-2', 'ok'],
      ['Task-3', 'ok'],
      ['Task-1', 'ok'],
    ]);
    // Internal shutdown tasks are folded into the last visible step, never listed.
    expect(states.some((s) => s.description.includes('Task-4'))).toBe(false);
    expect(steps.length - 1).toBe(9);
  });

  it('blocking: the hold is a step of its own, showing the loop held and the clock after it', () => {
    const steps = new LoopSteps(loadEvents('blocking'));
    const block = stateAt(steps, 10);
    expect(block.seq).toBe(10);
    expect(block.blocking).toMatchObject({ task: 'Task-2', line: 6, until: 1, reason: 'time.sleep' });
    expect(block.running?.task).toBe('Task-2');
    expect(block.ready.map((r) => r.task)).toEqual(['Task-3']);
    expect(block.description).toContain('blocks the whole loop with time.sleep() for 1 s on line 6');
    const after = steps.at(block.index + 1);
    expect(after.blocking).toBeNull();
    expect(after.description).toBe('At 1 s: Task-2 download(name=\'a\') carries on: it prints "a done" and finishes.');
  });

  it('threads: busy workers and their sleeps', () => {
    const states = loopStates(loadEvents('threads'));
    const steps = new LoopSteps(loadEvents('threads'));
    const busy = steps.at(steps.stepOfSeq(34));
    expect(busy.workers.map((w) => [w.worker, w.function, w.sleepingUntil])).toEqual([
      ['asyncio_0', 'blocking_io', 1],
      ['asyncio_1', 'blocking_io', 2],
      ['asyncio_2', 'blocking_io', 2],
    ]);
    expect(states.at(-1)!.workers).toEqual([]);
  });

  it('forward then back gives the identical state, from any step, with checkpoints', () => {
    for (const events of [loadEvents('errors'), loadEvents('semaphore'), manyTasksTrace(120)]) {
      const steps = new LoopSteps(events);
      const all = loopStates(events);
      for (let i = 0; i < steps.length - 1; i += 7) {
        const here = steps.at(i);
        steps.at(i + 1);
        expect(steps.at(i)).toEqual(here);
        expect(here).toEqual(all[i]);
      }
    }
  });

  it('maps seq to steps and times, and describes every step', () => {
    const events = loadEvents('concurrent');
    const steps = new LoopSteps(events);
    expect(steps.stepOfSeq(19)).toBe(steps.at(steps.stepOfSeq(19)).index);
    // seq 19 (a print) is inside Task-2's second turn, which starts at its task_step (seq 18).
    expect(steps.at(steps.stepOfSeq(19)).seq).toBe(18);
    expect(steps.timeOf(steps.stepOfSeq(15))).toBe(1);
    const text = steps.descriptions();
    expect(text).toHaveLength(steps.length);
    expect(text).toContain(
      'At 1 s: the loop runs Task-2 download(name=\'a\', seconds=1): it resumes, prints "a done" and finishes.',
    );
  });

  it('a 2,000-task trace: building is fast and any step is cheap', () => {
    const events = manyTasksTrace(2000);
    let started = performance.now();
    const steps = new LoopSteps(events);
    const build = performance.now() - started;
    started = performance.now();
    const state = steps.at(Math.floor(steps.length / 2));
    const one = performance.now() - started;
    expect(state.suspended.length + state.ready.length + state.finished.length).toBeGreaterThan(1000);
    // main creates 2,000 tasks in one turn: its step names the first few and counts the rest.
    const turn = steps.descriptions(2, 3)[0]!;
    expect(turn).toMatch(/creates Task-2 .*, Task-6 .* and 1995 more tasks \(line \d+\)/);
    expect(turn.length).toBeLessThan(800);
    expect(build).toBeLessThan(2000);
    expect(one).toBeLessThan(100);
    console.log(
      `2,000 tasks: ${events.length} events, ${steps.length} steps, build ${build.toFixed(0)} ms, one step ${one.toFixed(1)} ms`,
    );
  });
});

/** A lesson program recorded beside the fixtures (fixtures/lesson_NAME.py, a copy of the lesson's file). */
function lessonEvents(name: string): TraceEvent[] {
  const url = new URL(`./fixtures/lesson_${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { events: TraceEvent[] }).events;
}

describe('calm steps on the lessons’ own programs (recorded with CPU time on)', () => {
  const summary = (name: string) => {
    const states = loopStates(lessonEvents(name));
    return { steps: states.length - 1, holds: states.filter((s) => s.blocking).map((s) => s.blocking!.line) };
  };

  it('lesson 1 "All three at once": ten steps, one per turn or clock jump, and no warning', () => {
    // Event by event it was 49 steps, five of them "holds the loop" for microseconds of computing.
    expect(summary('drinks')).toEqual({ steps: 10, holds: [] });
    const text = new LoopSteps(lessonEvents('drinks')).descriptions();
    expect(text[3]).toBe(
      'At 0 s: the loop runs Task-2 make_drink(name=\'latte\'): it starts, prints "start latte" and suspends at line 6, ' +
        'awaiting asyncio.sleep(1): a timer wakes it after 1 s.',
    );
    expect(text[6]).toBe(
      // The three timers fall due within one millisecond, so they fire in one batch, as under CPython's epoll loop.
      "At 1 s: nothing is ready, so the clock jumps from 0 s to 1 s; timer #1 fires; Task-2 make_drink(name='latte') " +
        "joins the ready queue; timer #2 fires; Task-3 make_drink(name='tea') joins the ready queue; timer #3 fires; " +
        "Task-4 make_drink(name='mocha') joins the ready queue.",
    );
    expect(text.some((line) => /ms|computes/.test(line))).toBe(false);
  });

  it('other lesson timelines read in a dozen steps or so; only real blocking holds the loop', () => {
    expect(summary('breakfast')).toEqual({ steps: 9, holds: [] });
    expect(summary('create_task')).toEqual({ steps: 9, holds: [] });
    expect(summary('lanes')).toEqual({ steps: 14, holds: [] });
    // time.sleep(1.5) in a coroutine (lesson 1's second exercise) and the stalled upload (pitfalls): one hold each.
    expect(summary('heartbeat')).toEqual({ steps: 12, holds: [12] });
    expect(summary('stalled')).toEqual({ steps: 14, holds: [10] });
  });

  it('a computation of 1 ms or more is a step of its own with a warning; a shorter one folds into the turn', () => {
    const events = (duration: number): TraceEvent[] =>
      [
        { t: 0, kind: 'task_created', task: 'Task-1', coro: 'main()', parent: null, line: 9, internal: false },
        { t: 0, kind: 'task_step', task: 'Task-1', phase: 'start' },
        { t: 0, kind: 'block', task: 'Task-1', duration, line: 4, reason: 'cpu' },
        { t: duration, kind: 'task_done', task: 'Task-1', state: 'ok', exception: null },
      ].map((event, i) => ({ ...event, seq: i + 1 }) as TraceEvent);
    const short = loopStates(events(0.0009));
    expect(short.map((s) => s.blocking)).toEqual([null, null, null]);
    const long = loopStates(events(0.001));
    expect(long.map((s) => s.blocking?.reason ?? null)).toEqual([null, null, null, 'cpu', null]);
    expect(long[3]!.description).toBe('At 0 s: Task-1 main() computes for 1 ms on line 4; the loop waits for it.');
  });

  it('asyncio’s internal tasks can be shown: their turns become steps and they are listed', () => {
    const hidden = new LoopSteps(loadEvents('threads'));
    const shown = new LoopSteps(loadEvents('threads'), { internal: true });
    expect(shown.length).toBeGreaterThan(hidden.length);
    expect(hidden.descriptions().some((d) => d.includes('to_thread'))).toBe(false);
    expect(shown.descriptions().some((d) => d.includes('the loop runs Task-2 to_thread('))).toBe(true);
    expect(shown.at(shown.stepOfSeq(12)).suspended.map((s) => s.task)).toContain('Task-2');
  });
});
