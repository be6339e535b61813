import { describe, expect, it } from 'vitest';
import { loadEvents } from './fixtures/load.ts';
import { LoopSteps, loopStates } from './steps.ts';
import { manyTasksTrace } from './many-tasks.testdata.ts';

describe('LoopSteps on recorded traces', () => {
  it('concurrent: ready queue order, suspended tasks with what they await, timers, clock', () => {
    const states = loopStates(loadEvents('concurrent'));
    expect(states[0]).toMatchObject({ index: 0, clock: 0, running: null, ready: [], outputCount: 0 });
    // After main suspends on gather (seq 8): both children ready, in creation order.
    const afterGather = states.find((s) => s.seq === 8)!;
    expect(afterGather.ready.map((r) => r.task)).toEqual(['Task-2', 'Task-3']);
    expect(afterGather.suspended).toEqual([
      { task: 'Task-1', label: 'Task-1 main()', awaiting: 'gather (2 tasks)', line: 11, since: 0 },
    ]);
    // Task-2 starting: running, and the line it will stop at.
    const running = states.find((s) => s.seq === 9)!;
    expect(running.running).toEqual({ task: 'Task-2', label: "Task-2 download(name='a', seconds=1)", line: 5 });
    expect(running.ready.map((r) => r.task)).toEqual(['Task-3']);
    // Both asleep, two timers pending in deadline order.
    const asleep = states.find((s) => s.seq === 14)!;
    expect(asleep.running).toBeNull();
    expect(asleep.timers.map((t) => [t.timer, t.when])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(asleep.suspended.map((s) => s.awaiting)).toEqual(['gather (2 tasks)', 'sleep 1 s', 'sleep 2 s']);
    const idle = states.find((s) => s.seq === 15)!;
    expect(idle.clock).toBe(1);
    expect(idle.description).toContain('clock jumps from 0 s to 1 s');
    const last = states.at(-1)!;
    expect(last.outputCount).toBe(3);
    expect(last.finished.map((f) => [f.task, f.state])).toEqual([
      ['Task-2', 'ok'],
      ['Task-3', 'ok'],
      ['Task-1', 'ok'],
    ]);
    // Internal shutdown tasks are folded into the last visible step, never listed.
    expect(states.some((s) => s.description.includes('Task-4'))).toBe(false);
  });

  it('blocking: the step shows the loop held and the clock after the block', () => {
    const states = loopStates(loadEvents('blocking'));
    const block = states.find((s) => s.seq === 10)!;
    expect(block.blocking).toMatchObject({ task: 'Task-2', line: 6, until: 1, reason: 'time.sleep' });
    expect(block.running?.task).toBe('Task-2');
    expect(block.ready.map((r) => r.task)).toEqual(['Task-3']);
    expect(block.description).toContain('blocks the whole loop with time.sleep() for 1 s on line 6');
    expect(states[block.index + 1]!.blocking).toBeNull();
  });

  it('threads: busy workers and their sleeps', () => {
    const states = loopStates(loadEvents('threads'));
    const busy = states.find((s) => s.seq === 34)!;
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
    expect(steps.at(steps.stepOfSeq(19)).seq).toBe(19);
    expect(steps.timeOf(steps.stepOfSeq(15))).toBe(1);
    const text = steps.descriptions();
    expect(text).toHaveLength(steps.length);
    expect(text).toContain('At 1 s: Task-2 download(name=\'a\', seconds=1) prints "a done".');
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
    expect(build).toBeLessThan(2000);
    expect(one).toBeLessThan(100);
    console.log(
      `2,000 tasks: ${events.length} events, ${steps.length} steps, build ${build.toFixed(0)} ms, one step ${one.toFixed(1)} ms`,
    );
  });
});
