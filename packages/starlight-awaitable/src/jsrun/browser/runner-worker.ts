/// <reference lib="webworker" />
/**
 * The browser's JavaScript runner: one module Web Worker per run, made from a blob module that imports this file
 * and then hands over the learner's program (runner-blob.ts) — so the program is loaded as a script, not
 * evaluated, and the page's Content-Security-Policy (inherited by a blob worker) needs no 'unsafe-eval'.
 *
 * Before the program exists, this module takes private references to what it needs (its way to the page, a
 * MessageChannel for real macrotasks, the unhandled-rejection event) and locks the worker down: no network,
 * storage, messaging or script loading reachable from the program, and no way to close the worker, replace its
 * message handler or post to the page (README → Deploying).
 */
import { lockDown, BLOCKED_GLOBALS } from '../../runtime/worker-lockdown.ts';
import { runProgram, type LoadedProgram } from '../runner.ts';
import type { RunnerMessage, RunnerRequest } from '../runner-protocol.ts';
import { PROGRAM_HANDOVER } from './runner-blob.ts';

declare const self: DedicatedWorkerGlobalScope;

/** What the program must not reach here, beyond the Python worker's list: ways to end or talk out of the worker. */
export const RUNNER_BLOCKED = [
  ...BLOCKED_GLOBALS,
  'close',
  'onmessage',
  'onmessageerror',
  'onerror',
  'onunhandledrejection',
  'onrejectionhandled',
] as const;

/**
 * Fixed as undefined on the global object itself. EventTarget's methods are shared with AbortSignal (which programs
 * use), so they stay on EventTarget.prototype: what is reachable through it cannot reach the page, as the exec
 * listener below answers only the first message and nothing else listens. The event-handler names, once their
 * prototype's attribute is gone, would otherwise be plain properties a program could set and believe in.
 */
const SHADOWED = [
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'onmessage',
  'onmessageerror',
  'onerror',
  'onunhandledrejection',
  'onrejectionhandled',
] as const;

// Private references, taken before the lockdown.
const postToPage = self.postMessage.bind(self);
const channel = new MessageChannel();
const wake: (() => void)[] = [];
channel.port1.onmessage = () => wake.shift()?.();
const ping = MessagePort.prototype.postMessage.bind(channel.port2);
const rejectionListeners: ((reason: unknown, promise: Promise<unknown>) => void)[] = [];
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault(); // reported by the runner, in the program's output, not in the console
  for (const listener of rejectionListeners) listener(event.reason, event.promise);
});

let handOver: (program: LoadedProgram) => void = () => {};
const program = new Promise<LoadedProgram>((resolve) => (handOver = resolve));
Object.defineProperty(self, PROGRAM_HANDOVER, {
  configurable: true,
  value: (probe: LoadedProgram['probe'], main: LoadedProgram['main']) => {
    delete (self as unknown as Record<string, unknown>)[PROGRAM_HANDOVER]; // once
    handOver({ probe, main });
  },
});

let execRequest: ((request: RunnerRequest) => void) | null = null;
const request = new Promise<RunnerRequest>((resolve) => (execRequest = resolve));
self.addEventListener('message', (event: MessageEvent<RunnerRequest>) => {
  if (event.data?.type !== 'exec' || !execRequest) return;
  execRequest(event.data);
  execRequest = null; // one run per worker: later messages are ignored
});

const left = lockDown(self, RUNNER_BLOCKED);
for (const name of SHADOWED)
  Object.defineProperty(self, name, { value: undefined, writable: false, configurable: false });
if (left.length) console.warn(`Awaitable: could not remove ${left.join(', ')} from the JavaScript runner.`);

void Promise.all([request, program]).then(async ([exec, loaded]) => {
  const post = (message: RunnerMessage) => postToPage(message);
  const result = await runProgram(
    exec.program,
    {
      global: self as unknown as typeof globalThis,
      loaded,
      nextTask: () =>
        new Promise<void>((resolve) => {
          wake.push(resolve);
          ping(0);
        }),
      onUnhandledRejection: (listener) => rejectionListeners.push(listener),
    },
    { trace: exec.trace, onOutput: (chunk) => post({ type: 'output', token: exec.token, chunk }) },
  );
  post({ type: 'result', token: exec.token, result });
});
