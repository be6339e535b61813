/**
 * The page's handle on the Python runtime: a RuntimeSession whose thread is a module Web Worker.
 * One per page, shared by every editor on it, started early so Run is instant.
 */
import { hasEarlyWorker, takePythonWorker } from './python-thread.ts';
import { RuntimeSession, type ThreadFactory } from './session.ts';

export type { RuntimeStatus, SessionRunOptions } from './session.ts';
export type { RunResult, OutputChunk, RunRequest, RunOptions } from './protocol.ts';

const webWorkerFactory: ThreadFactory = (events) => {
  const { worker, failure } = takePythonWorker();
  worker.onmessage = (event) => events.message(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    events.failure(event.message || 'the Python worker failed');
  };
  if (failure) queueMicrotask(() => events.failure(failure));
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
};

let shared: RuntimeSession | null = null;

export function pageRuntime(): RuntimeSession {
  if (!shared) {
    shared = new RuntimeSession(webWorkerFactory);
    // A performance mark for benchmarks (npm run bench:page) and anyone profiling start-up.
    const unsubscribe = shared.onStatus((status) => {
      if (status.state !== 'ready') return;
      performance.mark('awaitable:python-ready');
      queueMicrotask(() => unsubscribe());
    });
  }
  return shared;
}

/**
 * Starts Python so it is ready by the time the reader clicks Run: at once if the page already created the worker
 * (a returning visit, python-thread.ts), else when the browser is idle (a first visit downloads Python then).
 */
export function warmUpWhenIdle(runtime = pageRuntime()): void {
  const start = () => void runtime.start();
  if (hasEarlyWorker()) start();
  else if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 1000);
}
