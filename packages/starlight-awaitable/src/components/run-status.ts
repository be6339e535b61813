/** Learner-facing wording for the runtime's state and a run's outcome (pure; unit-tested). */
import { CRASH_ERROR, STOPPED_ERROR, TIME_LIMIT_ERROR, type RunResult } from '../runtime/protocol.ts';
import type { RuntimeStatus } from '../runtime/session.ts';
import { formatClock } from '../trace/time-format.ts';

export function describeStatus(status: RuntimeStatus, runtime = 'Python'): string {
  switch (status.state) {
    case 'loading':
      return `${status.message} (${Math.round(status.progress * 100)}%)`;
    case 'ready':
      return `${runtime} is ready.`;
    case 'running':
      return 'Running…';
    case 'failed':
      return status.message;
  }
}

/** The status line's clock (three decimals): `formatClock` of the page's one family of time formatters. */
export { formatClock as formatSeconds };

export function finishedMessage(result: RunResult): string {
  const time = `${formatClock(result.elapsed)} of virtual time`;
  if (!result.error) {
    return result.exitCode === 0 ? `Finished in ${time}.` : `Exited with code ${result.exitCode} after ${time}.`;
  }
  // Errors from outside Python carry a message written for the learner: show it as it is.
  if ([STOPPED_ERROR, TIME_LIMIT_ERROR, CRASH_ERROR, 'MemoryError'].includes(result.error.type) && !result.error.line)
    return result.error.message;
  const where = result.error.line ? ` on line ${result.error.line}` : '';
  // The runtime sometimes explains an error better than the traceback does (a RecursionError's likely cause):
  // show that explanation when stderr does not already carry it.
  const explanation = result.stderr.includes(result.error.message) ? '' : ` ${result.error.message}`;
  return `Stopped by ${result.error.type}${where} after ${time}.${explanation}`;
}
