/**
 * Defence in depth for the browser worker: once Python has started, remove every way out of the worker that
 * learner code could reach through Pyodide's `js` module (network, storage, messaging, loading scripts). Our own
 * host code keeps private references taken before the lockdown. The Python side also refuses `import js`.
 */

/** Globals a learner program has no business reaching. */
export const BLOCKED_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'cookieStore',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'postMessage',
  'navigator',
] as const;

/**
 * Deletes each name from the global object and from every prototype it inherits from (a Web IDL attribute lives
 * on a prototype, so deleting it from the global alone would leave it reachable). Returns the names still
 * reachable afterwards (expected: none).
 */
export function lockDown(scope: object, names: readonly string[] = BLOCKED_GLOBALS): string[] {
  for (const name of names) {
    for (let holder: object | null = scope; holder; holder = Object.getPrototypeOf(holder)) {
      if (!Object.prototype.hasOwnProperty.call(holder, name)) continue;
      try {
        delete (holder as Record<string, unknown>)[name];
      } catch {
        /* non-configurable: shadow it below */
      }
    }
    if (name in scope) {
      try {
        Object.defineProperty(scope, name, { value: undefined, writable: false, configurable: false });
      } catch {
        /* reported below */
      }
    }
  }
  return names.filter((name) => (scope as Record<string, unknown>)[name] !== undefined);
}
