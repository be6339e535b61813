/**
 * Learner-facing wording for the classic asyncio mistakes (see analysis.ts for how each is recognised). Every
 * message names the line, says what goes wrong at run time and gives the fix.
 */
import type { Finding } from './analysis.ts';

type Of<K extends Finding['kind']> = Extract<Finding, { kind: K }>;

const call = (name: string) => `${name}(...)`;
const lines = (first: number, last: number) => (first === last ? `Line ${first}` : `Lines ${first}–${last}`);

/** `awaitUsedWithFuture`: the run crashed with "RuntimeError: await wasn't used with future" at this line. */
export function missingAwait(finding: Of<'missing-await'>, awaitUsedWithFuture: boolean): string {
  const { line, call: name } = finding;
  const head = `Line ${line} calls ${call(name)} without await`;
  if (awaitUsedWithFuture) {
    return (
      `${head}. Without await, ${name} only hands back a future (a promise of the results), and ` +
      `${finding.use === 'iterated' ? 'looping over' : 'unpacking'} that future` +
      `${finding.resultLine !== undefined && finding.resultLine !== line ? ` on line ${finding.resultLine}` : ''} is what raised ` +
      `"RuntimeError: await wasn't used with future". Write await before it: … = await ${call(name)}.`
    );
  }
  switch (name) {
    case 'asyncio.gather':
    case 'asyncio.wait':
    case 'asyncio.shield':
      return (
        `${head}, so nothing waits for it: the code after it runs at once, and main() may finish before the work ` +
        `is done (asyncio.run then cancels it). Write await ${call(name)}.`
      );
    case 'asyncio.wait_for':
      return (
        `${head}. wait_for is a coroutine, so without await it never runs: neither the work nor the timeout ` +
        `happens. Write await ${call(name)}.`
      );
    case 'asyncio.sleep':
      return `${head}, so it doesn't wait at all (it only creates a coroutine). Write await ${call(name)}.`;
    case 'asyncio.to_thread':
      return `${head}, so the function never runs in its thread. Write await ${call(name)}.`;
    default:
      return (
        `${head}, so its body never runs: calling an async def only creates a coroutine object. Write ` +
        `await ${call(name)}, or asyncio.create_task(${call(name)}) to start it and await the task later.`
      );
  }
}

export function taskNotKept(finding: Of<'task-not-kept'>): string {
  const what =
    finding.use === 'dropped'
      ? `Line ${finding.line} starts a task with ${call(finding.call)} and throws the task away`
      : `Line ${finding.line} starts a task with ${call(finding.call)} and stores it, but nothing ever awaits it`;
  return (
    `${what}. Nothing waits for it, so main() can finish first — asyncio.run then cancels it — and the event ` +
    'loop keeps only a weak reference to it. Keep it and await it before main() returns (task = ' +
    `${call(finding.call)} … await task), or start it in an async with asyncio.TaskGroup() as tg: block.`
  );
}

export function timeSleepInAsync(finding: Of<'time-sleep-in-async'>): string {
  return (
    `Line ${finding.line} calls time.sleep inside async def ${finding.function}(): time.sleep stops the whole ` +
    'event loop, so no other task can run while it sleeps. Use await asyncio.sleep(...) instead.'
  );
}

export function lockPerCall(finding: Of<'lock-per-call'>): string {
  const kind = finding.primitive.replace(/^asyncio\./, '');
  return (
    `Line ${finding.line} creates a new ${finding.primitive} every time ${finding.function}() runs, so each call ` +
    `gets its own private ${kind.toLowerCase()} and never waits for the others: it protects nothing. Create one ` +
    `${kind} outside (in main() or at the top of the file) and share it: pass it to ${finding.function}() or use ` +
    'the one global.'
  );
}

export function sequentialAwaits(finding: Of<'sequential-awaits'>): string {
  const calls = finding.calls.map(call);
  const listed = calls.length === 2 ? `${calls[0]} and then ${calls[1]}` : `${calls.length} calls`;
  return (
    `${lines(finding.line, finding.endLine)} await ${listed} one after the other: each starts only when the one ` +
    'before has finished, so their waits add up. Start them together: await asyncio.gather(' +
    `${calls.join(', ')}), or create a task for each before awaiting any.`
  );
}

export function awaitInLoop(finding: Of<'await-in-loop'>): string {
  return (
    `Line ${finding.line} awaits ${call(finding.call)} inside a for loop, so each one starts only after the ` +
    'previous one has finished. Run them together: create a task for each in the loop and await them after it, ' +
    `or await asyncio.gather(*(${finding.call}(...) for ... in ...)).`
  );
}

export function timeoutCaughtInside(finding: Of<'timeout-caught-inside'>): string {
  const why =
    finding.catches === 'CancelledError' || finding.catches === 'BaseException'
      ? 'it catches the cancellation asyncio uses to stop the work when the time runs out, so the timeout cannot ' +
        'stop it'
      : `when the time runs out, asyncio cancels the await inside, and the TimeoutError only appears once that ` +
        `cancellation has left the async with block, after your except ${finding.catches}, which never sees it`;
  return (
    `Line ${finding.line}'s try/except is inside async with asyncio.timeout(...) (line ${finding.timeoutLine}): ` +
    `${why}. Put the try: around the async with block instead: try: async with asyncio.timeout(...): … ` +
    'except TimeoutError: ….'
  );
}
