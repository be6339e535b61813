/**
 * "coroutine 'x' was never awaited" warnings, read from stderr. The runtime prints them as CPython does:
 * `main.py:15: RuntimeWarning: coroutine 'save' was never awaited` at the call, or `sys:1: …` for a coroutine
 * only dropped when the program ended (no useful line then).
 */
export interface UnawaitedCoroutine {
  /** The coroutine function's (qualified) name, e.g. `save` or `Client.fetch`. */
  name: string;
  /** The learner's line that called it, or null. */
  line: number | null;
}

const WARNING = /^(.+?):(\d+): RuntimeWarning: coroutine '([^']+)' was never awaited$/gm;

export function unawaitedCoroutines(stderr: string): UnawaitedCoroutine[] {
  return [...stderr.replace(/\r\n?/g, '\n').matchAll(WARNING)].map(([, file, line, name]) => ({
    name: name!,
    line: file === 'sys' ? null : Number(line),
  }));
}
