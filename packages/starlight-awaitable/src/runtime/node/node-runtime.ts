/** The runtime in Node: a RuntimeSession whose thread is a worker_threads Worker hosting Pyodide. */
import { Worker } from 'node:worker_threads';
import { RuntimeSession, type ThreadFactory } from '../session.ts';

const threadFactory: ThreadFactory = (events) => {
  const worker = new Worker(new URL('./pyodide-thread.ts', import.meta.url), {
    // Room for deep recursion in Python before the wasm stack gives out.
    resourceLimits: { stackSizeMb: 16 },
  });
  worker.on('message', (data) => events.message(data));
  worker.on('error', (error: Error) => events.failure(error.message));
  worker.on('exit', (code) => {
    if (code !== 0 && code !== 1) events.failure(`exit code ${code}`);
  });
  return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
};

export function createNodeRuntime(timeLimitSeconds?: number): RuntimeSession {
  return new RuntimeSession(threadFactory, timeLimitSeconds);
}
