// Registers the service worker (dist/sw.js, made by scripts/make-sw.mjs) for offline use and long-lived caching,
// and shows "A new version is available — reload" when a new deploy is waiting. Loaded on every page.
(() => {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const sw = navigator.serviceWorker;
  let reloading = false;

  function showUpdate(waiting) {
    if (document.getElementById('aw-update')) return;
    const bar = document.createElement('div');
    bar.id = 'aw-update';
    bar.setAttribute('role', 'status');
    bar.style.cssText =
      'position:fixed;inset-inline:0;bottom:1rem;margin-inline:auto;width:max-content;max-width:calc(100% - 2rem);' +
      'z-index:1000;display:flex;gap:.75rem;align-items:center;padding:.6rem .9rem;border-radius:.5rem;' +
      'background:var(--sl-color-gray-6,#222);color:var(--sl-color-white,#fff);' +
      'border:1px solid var(--sl-color-gray-4,#888);box-shadow:0 4px 16px rgb(0 0 0 / .3);font-size:.95rem';
    const text = document.createElement('span');
    text.textContent = 'A new version is available — reload';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.style.cssText =
      'font:inherit;font-weight:600;padding:.25rem .8rem;border-radius:.35rem;cursor:pointer;border:0;' +
      'background:var(--sl-color-accent,#4a6);color:var(--sl-color-black,#000)';
    button.addEventListener('click', () => {
      reloading = true;
      button.disabled = true;
      waiting.postMessage({ type: 'skip-waiting' });
      // If the new worker is already active elsewhere, controllerchange may not come: reload anyway.
      setTimeout(() => location.reload(), 3000);
    });
    bar.append(text, button);
    document.body.append(bar);
  }

  sw.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  async function register() {
    const registration = await sw.register('/sw.js', { scope: '/', updateViaCache: 'none' });
    const check = () => {
      if (registration.waiting && sw.controller) showUpdate(registration.waiting);
    };
    check();
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => installing.state === 'installed' && check());
    });
    // Keep this page available offline (it was loaded before the service worker controlled it, on a first visit).
    const ready = await sw.ready;
    ready.active?.postMessage({ type: 'cache-page', url: location.pathname });
    // Long-lived tabs notice a new deploy too.
    setInterval(() => registration.update().catch(() => {}), 30 * 60 * 1000);
  }

  // Register once Python is ready (or a few seconds after load on pages without it), so precaching reuses what
  // this visit downloaded instead of competing with it.
  function whenQuiet() {
    return new Promise((resolve) => {
      const done = () => resolve(undefined);
      if (sw.controller || performance.getEntriesByName('awaitable:python-ready').length) return done();
      try {
        new PerformanceObserver((list) => {
          if (list.getEntriesByName('awaitable:python-ready').length) done();
        }).observe({ type: 'mark', buffered: true });
      } catch {
        /* no PerformanceObserver for marks: the timer below */
      }
      const later = () => setTimeout(done, document.querySelector('aw-workbench') ? 15000 : 3000);
      if (document.readyState === 'complete') later();
      else addEventListener('load', later, { once: true });
    });
  }

  whenQuiet()
    .then(register)
    .catch((error) => console.warn('Awaitable: offline support is unavailable:', error));
})();
