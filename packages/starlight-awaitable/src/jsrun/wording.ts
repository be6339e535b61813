/**
 * Learner-facing sentences of the JavaScript runtime, in one place (like the Python runtime's wording.py): limit
 * messages, compile errors, the notices the runner prints. The modules that detect a situation pass facts.
 */

export function compileErrorMessage(text: string, line: number | null): string {
  return line === null ? text : `${text} (line ${line})`;
}

export function moduleSyntaxMessage(): string {
  return 'import and export of other modules are not available here: the program is a single file.';
}

export function timeLimitMessage(seconds: number): string {
  return (
    `Your program ran for ${seconds} s of real time without finishing — is there an infinite loop? ` +
    'A loop that never awaits anything (like `while (true) {}`), or one that only awaits promises that are ' +
    'already settled, never lets a timer run or the clock move on.'
  );
}

export function virtualTimeLimitMessage(seconds: number): string {
  return (
    `Your program's virtual clock passed ${seconds} s (${seconds / 3600} h). It probably waits for a very long ` +
    'time or has a timer (a setInterval, say) that never stops. Virtual time costs nothing, so without this limit ' +
    'it would run forever.'
  );
}

export function timerLimitMessage(count: number): string {
  return (
    `Your program ran ${count.toLocaleString('en')} timers. A setInterval or a setTimeout that schedules itself ` +
    'probably never stops.'
  );
}

export function outputLimitMessage(maxBytes: number): string {
  return (
    `Output limit reached (${maxBytes / 1_000_000} MB). Your program printed more than ` +
    `${maxBytes.toLocaleString('en')} bytes, so it was stopped. Print less (for example only every 1000th ` +
    'value), or check for a loop that never ends.'
  );
}

export function programTooLargeMessage(length: number, max: number): string {
  return `Your program is ${length.toLocaleString('en')} characters long; the limit is ${max.toLocaleString('en')}.`;
}

/** What Node prints for a rejection whose reason is not an Error (its ERR_UNHANDLED_REJECTION wording). */
export function unhandledNonErrorMessage(reason: string): string {
  return (
    '[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a ' +
    'catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the ' +
    `reason "${reason}".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}`
  );
}

export function unsettledTopLevelAwaitMessage(filename: string, line: number | null): string {
  return `Warning: Detected unsettled top-level await at ${filename}${line === null ? '' : `:${line}`}`;
}

export function noInputMessage(): string {
  return 'prompt() has no input in this runtime.';
}

export function compilerLoadingMessage(): string {
  return 'Loading the JavaScript compiler…';
}

export function compilerFailedMessage(reason: string): string {
  return `The JavaScript compiler could not start (${reason}). Check your connection, then run again.`;
}

export function runnerFailedMessage(): string {
  return 'the JavaScript runner could not start';
}
