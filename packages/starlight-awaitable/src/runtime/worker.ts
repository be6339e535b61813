/// <reference lib="webworker" />
/**
 * The browser's runtime thread: a module Web Worker that loads the self-hosted Pyodide and our Python package,
 * then runs programs on request (protocol in protocol.ts). It knows nothing about lessons or the page.
 */
import { answerRun, installPackage, ProgramRunner, type PyodideLike } from './host.ts';
import { FIXUP_AFTER_RESTORE, type StartKind } from './snapshot.ts';
import type { HostMessage, HostRequest } from './protocol.ts';
import { lockDown } from './worker-lockdown.ts';
import { capWasmMemory } from './memory-cap.ts';
import { loadFromSnapshot, readCachedFilesFirst } from './pyodide-start.ts';
import { ASSET_CACHE, SnapshotStore } from './snapshot-store.ts';

declare const self: DedicatedWorkerGlobalScope;

capWasmMemory(); // before Pyodide creates its memory: an endless allocation ends in MemoryError
declare const __PYODIDE_VERSION__: string;
/** The memory snapshot's file name in the Pyodide folder ('' if the build made none); see snapshot.ts. */
declare const __PYODIDE_SNAPSHOT__: string;

// Private references, taken before the lockdown removes these from the worker's global scope.
const postToPage = self.postMessage.bind(self);
const net = { fetch: self.fetch.bind(self), caches: 'caches' in self ? self.caches : null };

// Python starts at once (the page may create this worker before its runtime session exists); messages wait for
// the session's `init`, whose secret token this thread then puts in every message it sends (see protocol.ts).
let token: string | null = null;
/** Pyodide's interrupt buffer, when the session could make one (needs SharedArrayBuffer; see protocol.ts). */
let interrupt: Int32Array | undefined;
const waiting: HostMessage[] = [];
const post = (message: HostMessage) => {
  if (token === null) waiting.push(message);
  else postToPage({ ...message, token });
};
const status = (message: string, progress: number) => post({ type: 'status', phase: 'loading', message, progress });

// The package's .py files, bundled as text and keyed as "awaitable_runtime/<module>.py".
const sources = import.meta.glob('./python/awaitable_runtime/**/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const packageFiles = Object.fromEntries(
  Object.entries(sources).map(([path, text]) => [path.replace('./python/', ''), text]),
);

/**
 * First visit (snapshot not cached yet): start with a plain load and download the snapshot for next time once
 * Python is ready, since the snapshot adds ~6 MB to a first visit (numbers: README → Deploying). Benchmarks rewrite
 * the marker string to measure the alternative ('snapshot': download the snapshot and start from it at once).
 */
const FIRST_VISIT = 'first-visit=plain'.split('=')[1] as 'plain' | 'snapshot'; // (not constant-folded)

type Loader = (options: Record<string, unknown>) => Promise<PyodideLike & { runPython(code: string): unknown }>;

let pyodide: PyodideLike | null = null;

async function boot(): Promise<ProgramRunner> {
  const started = performance.now();
  status('Downloading Python…', 0.05);
  const indexURL = new URL(`${import.meta.env.BASE_URL}pyodide/${__PYODIDE_VERSION__}/`, self.location.origin).href;
  const restoreFetch = readCachedFilesFirst(self, indexURL, ASSET_CACHE, net);
  const store = __PYODIDE_SNAPSHOT__ ? new SnapshotStore(indexURL + __PYODIDE_SNAPSHOT__, net) : null;
  const cached = store?.cached(); // starts reading the snapshot while Pyodide's script loads
  const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: Loader };
  performance.mark('awaitable:pyodide-imported');
  let kind: StartKind = 'plain';
  let py: Awaited<ReturnType<Loader>> | null = null;
  let keep: (() => Promise<void>) | null = null;
  if (store) {
    const found = (await cached) ?? (FIRST_VISIT === 'snapshot' ? store.download() : null);
    if (found) {
      performance.mark('awaitable:snapshot-found');
      status('Starting Python…', 0.3);
      try {
        py = await loadFromSnapshot(loadPyodide, { indexURL, stdout: () => {} }, found);
        performance.mark('awaitable:pyodide-loaded');
        installPackage(py, packageFiles); // the files again (a snapshot holds no files); the import is a no-op
        py.runPython(FIXUP_AFTER_RESTORE);
        kind = 'snapshot';
        // A checked download or compressed copy: keep it as pages, which starts the next visit faster.
        if (found.form === 'gzip') keep = async () => store.keep(await found.read());
      } catch (error) {
        py = null;
        kind = 'plain-fallback';
        console.warn(
          `Awaitable: the Python memory snapshot could not be used (${error instanceof Error ? error.message.split('\n')[0] : error}); starting Python the ordinary way.`,
        );
        await store.forget();
      }
    }
  } else console.info('Awaitable: this build has no Python memory snapshot; starting Python the ordinary way.');
  if (!py) {
    status('Starting Python…', 0.3);
    py = await loadPyodide({ indexURL, stdout: () => {} });
    status('Loading the asyncio runtime…', 0.9);
    installPackage(py, packageFiles);
  }
  restoreFetch();
  pyodide = py;
  performance.mark('awaitable:package-installed');
  const runner = new ProgramRunner(py);
  // From here on nothing in this worker needs the network, storage or messaging except through our private
  // references: remove them from the scope learner code could reach.
  const left = lockDown(self);
  if (left.length) console.warn(`Awaitable: could not remove ${left.join(', ')} from the Python worker.`);
  const ms = Math.round(performance.now() - started);
  // For tests and benchmarks (Playwright's worker.evaluate), and a note in the console for anyone profiling.
  (self as unknown as { awaitableStart: unknown }).awaitableStart = { kind, ms };
  console.info(`Awaitable: Python started (${kind}) in ${ms} ms.`);
  post({ type: 'status', phase: 'ready', message: `Python is ready (${kind} start).`, progress: 1 });
  if (keep) void keep();
  else if (store && kind !== 'snapshot')
    void store.prefetch().then((outcome) => {
      if (outcome === 'damaged')
        console.warn('Awaitable: the downloaded Python memory snapshot was damaged and was not kept.');
    });
  return runner;
}

const runnerReady = boot().catch((error: unknown) => {
  post({
    type: 'crashed',
    id: null,
    message: `Python could not start: ${error instanceof Error ? error.message : error}`,
  });
  throw error;
});

self.onmessage = async (event: MessageEvent<HostRequest>) => {
  const request = event.data;
  if (request?.type === 'init' && token === null) {
    token = request.token;
    interrupt = request.interrupt instanceof Int32Array ? request.interrupt : undefined;
    for (const message of waiting.splice(0)) post(message);
  } else if (request?.type === 'run' && token !== null) {
    const runner = await runnerReady;
    if (interrupt) pyodide?.setInterruptBuffer?.(interrupt);
    answerRun(runner, request, post, interrupt);
  }
};
