/**
 * The page's Python worker (a module Web Worker running worker.ts). On a returning visit an inline script in
 * <head> (src/components/overrides/Head.astro) creates it before the page's own scripts have loaded, so that its
 * start from the memory snapshot overlaps them (README → Deploying has the numbers); the runtime session adopts it
 * here. The worker starts Python at once and keeps its messages until the session's `init` gives it a token.
 */

interface PythonWorker {
  worker: Worker;
  /** Why it failed before anyone listened (a script that did not load, say), if it did. */
  failure: string | null;
}

/** Where the inline script leaves the worker it created. */
const EARLY = '__awaitableEarlyPython';

type EarlyScope = { [EARLY]?: PythonWorker };

/** Whether a worker created early is waiting to be adopted. */
export function hasEarlyWorker(scope: object = globalThis): boolean {
  return Boolean((scope as EarlyScope)[EARLY]);
}

/** The worker created early if there is one (each is handed out once), else a new one. */
export function takePythonWorker(scope: object = globalThis, create = newPythonWorker): PythonWorker {
  const early = (scope as EarlyScope)[EARLY];
  delete (scope as EarlyScope)[EARLY];
  if (!early) return { worker: create(), failure: null };
  early.worker.onerror = null;
  return early;
}

function newPythonWorker(): Worker {
  performance.mark('awaitable:python-worker-created'); // (also set by the inline script; for tests and profiling)
  // (Options written out in place: Vite reads them to bundle the worker.)
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'python' });
}
