/**
 * A Node worker thread that runs one JavaScript program (src/jsrun/runner.ts) and answers; the host starts a fresh
 * one per run. Node's own unhandled-rejection detection tells the runner which promises nobody handled.
 */
import { parentPort } from 'node:worker_threads';
import { runProgram } from '../runner.ts';
import type { RunnerMessage, RunnerRequest } from '../runner-protocol.ts';

if (!parentPort) throw new Error('runner-thread.ts must run in a worker thread.');
const port = parentPort;
const listeners: ((reason: unknown, promise: Promise<unknown>) => void)[] = [];
process.on('unhandledRejection', (reason, promise) => {
  for (const listener of listeners) listener(reason, promise);
});
const realSetImmediate = setImmediate;

port.once('message', async (request: RunnerRequest) => {
  if (request.type !== 'exec') return;
  const post = (message: RunnerMessage) => port.postMessage(message);
  const result = await runProgram(
    request.program,
    {
      global: globalThis,
      nextTask: () => new Promise((resolve) => realSetImmediate(resolve)),
      onUnhandledRejection: (listener) => listeners.push(listener),
    },
    { trace: request.trace, onOutput: (chunk) => post({ type: 'output', token: request.token, chunk }) },
  );
  post({ type: 'result', token: request.token, result });
});
