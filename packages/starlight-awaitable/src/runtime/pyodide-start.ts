/**
 * How the browser worker gets Pyodide started quickly on a returning visit (worker.ts decides when). Both helpers
 * lean on the order in which Pyodide's loadPyodide works; the browser tests in tests/e2e/startup-offline.spec.ts
 * fail if a Pyodide upgrade changes it (the start is then no longer reported as "snapshot").
 */
import type { FoundSnapshot } from './snapshot-store.ts';

/**
 * While Pyodide loads, its files (wasm, standard library, lock file) are read straight from Cache Storage when the
 * service worker has cached them: through the service worker, the 9.6 MB wasm alone took ~250 ms to arrive on a
 * returning visit (Chromium, persistent profile). Returns the undo.
 */
export function readCachedFilesFirst(
  scope: { fetch: typeof fetch },
  prefix: string,
  cacheName: string,
  net: { fetch: typeof fetch; caches: CacheStorage | null },
): () => void {
  const original = scope.fetch;
  scope.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (net.caches && url.startsWith(prefix) && (!init?.method || init.method === 'GET')) {
      const hit = await net.caches.match(url, { cacheName }).catch(() => undefined);
      if (hit) return hit;
    }
    return net.fetch(input, init);
  };
  return () => {
    scope.fetch = original;
  };
}

type Loader<Py> = (options: Record<string, unknown>) => Promise<Py>;

/**
 * Starts Pyodide from a memory snapshot. loadPyodide needs the snapshot's length first (to size the memory), then
 * compiles its WebAssembly and runs its start-up JavaScript, and only then copies the snapshot in. When the length is
 * known before the bytes (a copy kept as pages), Pyodide gets a zero-filled buffer of that length at once and the
 * snapshot is read into it meanwhile; the WebAssembly instantiation waits for the read to finish, so the copy
 * always sees the whole snapshot. (A failed read leaves the buffer zero, which Pyodide rejects as "not a snapshot".)
 */
export async function loadFromSnapshot<Py>(
  loadPyodide: Loader<Py>,
  options: Record<string, unknown>,
  snapshot: FoundSnapshot,
  wasm: { instantiateStreaming: typeof WebAssembly.instantiateStreaming } = WebAssembly,
): Promise<Py> {
  if (snapshot.length === null) return loadPyodide({ ...options, _loadSnapshot: snapshot.read() });
  const image = new Uint8Array(snapshot.length);
  let readError: unknown = null;
  let waited = false;
  const read = snapshot.read(image).then(
    () => undefined,
    (error: unknown) => void (readError = error),
  );
  const original = wasm.instantiateStreaming;
  wasm.instantiateStreaming = async (source, imports) => {
    const result = await original(source, imports);
    await read;
    waited = true;
    return result;
  };
  try {
    const py = await loadPyodide({ ...options, _loadSnapshot: image });
    if (readError) throw readError;
    if (!waited) throw new Error('Pyodide copied the snapshot in before it had been read');
    return py;
  } finally {
    wasm.instantiateStreaming = original;
  }
}
