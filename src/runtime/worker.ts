/// <reference lib="webworker" />
/**
 * The browser's runtime thread: a module Web Worker that loads the self-hosted Pyodide and our Python package,
 * then runs programs on request (protocol in protocol.ts). It knows nothing about lessons or the page.
 */
import { answerRun, installPackage, ProgramRunner, type PyodideLike } from './host.ts';
import { FIXUP_AFTER_RESTORE, type StartKind } from './snapshot.ts';
import type { HostMessage, HostRequest } from './protocol.ts';
import { lockDown } from './worker-lockdown.ts';

declare const self: DedicatedWorkerGlobalScope;
declare const __PYODIDE_VERSION__: string;
/** The memory snapshot's file name in the Pyodide folder ('' if the build made none); see snapshot.ts. */
declare const __PYODIDE_SNAPSHOT__: string;

// Private references, taken before the lockdown removes these from the worker's global scope.
const postToPage = self.postMessage.bind(self);
const net = { fetch: self.fetch.bind(self), caches: 'caches' in self ? self.caches : null };

// The page's first message is the secret this thread puts in every message it sends (see protocol.ts).
const token = await new Promise<string>((resolve) => {
  self.onmessage = (event: MessageEvent<HostRequest>) => {
    if (event.data?.type === 'init') resolve(event.data.token);
  };
});
const post = (message: HostMessage) => postToPage({ ...message, token });
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

/** The Cache Storage cache that holds versioned assets (shared with public/sw.js). */
const ASSET_CACHE = 'awaitable-assets-v1';
/**
 * First visit (snapshot not cached yet): start with a plain load and download the snapshot for next time once
 * Python is ready, since the snapshot adds ~6 MB to a first visit (numbers: README → Deploying). Benchmarks rewrite
 * the marker string to measure the alternative ('snapshot': download the snapshot and start from it at once).
 */
const FIRST_VISIT = 'first-visit=plain'.split('=')[1] as 'plain' | 'snapshot'; // (not constant-folded)

type Loader = (options: Record<string, unknown>) => Promise<PyodideLike & { runPython(code: string): unknown }>;

/** The snapshot's response if it is already cached (Cache Storage, else the HTTP cache), without the network. */
async function cachedSnapshot(url: string): Promise<Response | null> {
  try {
    const hit = net.caches ? await net.caches.match(url) : undefined;
    if (hit) return hit;
  } catch {
    /* Cache Storage unavailable (private mode, opaque origin): try the HTTP cache. */
  }
  try {
    const response = await net.fetch(url, { cache: 'only-if-cached', mode: 'same-origin' });
    if (response.ok) return response;
  } catch {
    /* not cached */
  }
  return null;
}

/** Decompresses the snapshot (gzip's CRC check rejects a corrupted or truncated file). */
async function snapshotBytes(response: Response): Promise<Uint8Array> {
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const stream = response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function forgetSnapshot(url: string): Promise<void> {
  try {
    if (net.caches) await (await net.caches.open(ASSET_CACHE)).delete(url);
  } catch {
    /* nothing to forget */
  }
}

/** Downloads the snapshot into the cache for the next visit (after Python is ready, so it never delays this one). */
async function prefetchSnapshot(url: string): Promise<void> {
  try {
    const response = await net.fetch(url, { priority: 'low' } as RequestInit);
    if (!response.ok) return;
    if (net.caches) await (await net.caches.open(ASSET_CACHE)).put(url, response);
    else await response.arrayBuffer(); // the HTTP cache keeps it (immutable)
  } catch {
    /* offline or no room: a plain load next time too */
  }
}

async function boot(): Promise<ProgramRunner> {
  const started = performance.now();
  status('Downloading Python…', 0.05);
  const indexURL = new URL(`${import.meta.env.BASE_URL}pyodide/${__PYODIDE_VERSION__}/`, self.location.origin).href;
  const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: Loader };
  const snapshotURL = __PYODIDE_SNAPSHOT__ ? indexURL + __PYODIDE_SNAPSHOT__ : null;
  let kind: StartKind = 'plain';
  let py: Awaited<ReturnType<Loader>> | null = null;
  if (snapshotURL) {
    const response =
      (await cachedSnapshot(snapshotURL)) ?? (FIRST_VISIT === 'snapshot' ? await net.fetch(snapshotURL) : null);
    if (response) {
      status('Starting Python…', 0.3);
      try {
        py = await loadPyodide({ indexURL, stdout: () => {}, _loadSnapshot: snapshotBytes(response) });
        installPackage(py, packageFiles); // the files again (a snapshot holds no files); the import is a no-op
        py.runPython(FIXUP_AFTER_RESTORE);
        kind = 'snapshot';
      } catch (error) {
        py = null;
        kind = 'plain-fallback';
        console.warn(
          `Awaitable: the Python memory snapshot could not be used (${error instanceof Error ? error.message.split('\n')[0] : error}); starting Python the ordinary way.`,
        );
        await forgetSnapshot(snapshotURL);
      }
    }
  } else console.info('Awaitable: this build has no Python memory snapshot; starting Python the ordinary way.');
  if (!py) {
    status('Starting Python…', 0.3);
    py = await loadPyodide({ indexURL, stdout: () => {} });
    status('Loading the asyncio runtime…', 0.9);
    installPackage(py, packageFiles);
  }
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
  if (snapshotURL && kind !== 'snapshot') void prefetchSnapshot(snapshotURL);
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
  if (event.data?.type === 'run') answerRun(await runnerReady, event.data, post);
};
