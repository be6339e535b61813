/**
 * The JavaScript runtime in Node (the jsrun CLI, the content checker, tests): esbuild-wasm compiles in this
 * process, each program runs in a fresh worker_threads Worker, and a RuntimeSession gives it the same lifecycle and
 * limits as the Python runtime.
 */
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild-wasm';
import { DEFAULT_TIME_LIMIT, RuntimeSession, type ThreadFactory } from '../../runtime/session.ts';
import { JS_FLAVOUR } from '../flavour.ts';
import { jsHostThread } from '../js-host-thread.ts';
import { prepareProgram } from '../prepare.ts';

export { JS_FLAVOUR };

const threadFactory: ThreadFactory = (events) =>
  jsHostThread(
    {
      prepare: (source, filename) => prepareProgram(esbuild, source, filename),
      spawnRunner: (runnerEvents) => {
        const worker = new Worker(new URL('./runner-thread.ts', import.meta.url));
        worker.on('message', (data) => runnerEvents.message(data));
        worker.on('error', (error: Error) => runnerEvents.failure(error.message));
        worker.on('exit', (code) => {
          if (code !== 0 && code !== 1) runnerEvents.failure(`exit code ${code}`);
        });
        return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
      },
    },
    events,
  );

export function createNodeJsRuntime(timeLimitSeconds = DEFAULT_TIME_LIMIT): RuntimeSession {
  return new RuntimeSession(threadFactory, timeLimitSeconds, JS_FLAVOUR);
}

/** Stops esbuild's service so the process can exit. */
export function stopCompiler(): void {
  void esbuild.stop();
}
