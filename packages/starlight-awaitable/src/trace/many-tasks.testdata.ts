/**
 * Test data: a synthetic trace shaped exactly like the runtime's for
 * `await asyncio.gather(*(work(i) for i in range(n)))` where `work(i)` sleeps `(i % 10 + 1) / 10` s and prints.
 * (Recording a real 2,000-task run would add a multi-megabyte fixture; the browser test runs a real one.)
 */
import { traceEventSchema, type TraceEvent } from './schema.ts';

export function manyTasksTrace(n: number): TraceEvent[] {
  const events: TraceEvent[] = [];
  let seq = 0;
  const push = (t: number, kind: string, fields: Record<string, unknown>) =>
    events.push(traceEventSchema.parse({ seq: ++seq, t, kind, ...fields }));
  const names = Array.from({ length: n }, (_, i) => `Task-${i + 2}`);
  push(0, 'task_created', { task: 'Task-1', coro: 'main()', parent: null, line: 10, internal: false });
  push(0, 'ready', { task: 'Task-1' });
  push(0, 'task_step', { task: 'Task-1', phase: 'start' });
  names.forEach((task, i) => {
    push(0, 'task_created', { task, coro: `work(i=${i})`, parent: 'Task-1', line: 8, internal: false });
    push(0, 'ready', { task });
  });
  push(0, 'task_suspended', { task: 'Task-1', line: 8, awaiting: { kind: 'gather', tasks: names } });
  const when = (i: number) => ((i % 10) + 1) / 10;
  names.forEach((task, i) => {
    push(0, 'task_step', { task, phase: 'start' });
    push(0, 'timer_scheduled', { timer: i + 1, when: when(i), purpose: 'sleep', task });
    push(0, 'task_suspended', { task, line: 4, awaiting: { kind: 'sleep', seconds: when(i) } });
  });
  let now = 0;
  for (let k = 1; k <= 10; k++) {
    const t = k / 10;
    push(now, 'loop_idle', { from: now, to: t });
    now = t;
    const due = names.map((task, i) => [task, i] as const).filter(([, i]) => when(i) === t);
    for (const [task, i] of due) {
      push(t, 'timer_fired', { timer: i + 1 });
      push(t, 'ready', { task });
    }
    for (const [task, i] of due) {
      push(t, 'task_step', { task, phase: 'resume' });
      push(t, 'output', { stream: 'stdout', text: `done ${i}\n`, task, thread: null });
      push(t, 'task_done', { task, state: 'ok', exception: null });
    }
  }
  push(now, 'ready', { task: 'Task-1' });
  push(now, 'task_step', { task: 'Task-1', phase: 'resume' });
  push(now, 'task_done', { task: 'Task-1', state: 'ok', exception: null });
  return events;
}
