// Inlined into <head> on lesson pages (src/components/overrides/Head.astro), so it is plain, dependency-free
// JavaScript. On a returning visit (a service worker controls the page, so Python's files are cached), it creates the
// Python worker before the page's own scripts load; src/runtime/python-thread.ts adopts it later.
(() => {
  const url = document.currentScript && document.currentScript.dataset.worker;
  if (!url || !navigator.serviceWorker || !navigator.serviceWorker.controller) return;
  try {
    const early = { worker: new Worker(url, { type: 'module', name: 'python' }), failure: null };
    early.worker.onerror = (event) => {
      event.preventDefault();
      early.failure = event.message || 'the Python worker failed';
    };
    window.__awaitableEarlyPython = early;
    performance.mark('awaitable:python-worker-created');
  } catch {
    // no module workers: the page starts Python the usual way
  }
})();
