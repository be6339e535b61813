// @ts-nocheck — a service worker script, copied as is (not bundled, not type-checked)
// Awaitable's service worker (template: scripts/make-sw.mjs fills in BUILD and writes dist/sw.js after each build).
// - Precaches the app shell (landing page, 404, favicon, every /_astro/ chunk and the Pyodide core files) on install.
// - Versioned assets (/_astro/*, /pyodide/<version>/*, including the Python memory snapshot): cache-first.
// - Pages: network first, falling back to the copy cached when the reader last visited (offline reading).
// - A new deploy installs a new worker that waits; the page shows "A new version is available" and the Reload
//   button activates it (public/register-sw.js). Activation deletes the old caches and assets no longer deployed.
/* global self, caches, fetch, URL, Response */
const BUILD = self.__AWAITABLE_BUILD__; // replaced by make-sw.mjs: { version, shell: [...], assets: [...] }
const SHELL_CACHE = `awaitable-shell-${BUILD.version}`;
const PAGES_CACHE = `awaitable-pages-${BUILD.version}`;
// Same name as in src/runtime/worker.ts, which stores the memory snapshot here itself after a first visit.
const ASSET_CACHE = 'awaitable-assets-v1';
const ASSETS = new Set(BUILD.assets);
// /esbuild/<version>/: the TypeScript compiler's wasm, cached on a reader's first JavaScript run (not precached).
const isAsset = (path) => path.startsWith('/_astro/') || path.startsWith('/pyodide/') || path.startsWith('/esbuild/');

async function precache() {
  const shell = await caches.open(SHELL_CACHE);
  await shell.addAll(BUILD.shell); // small; all or nothing
  const assets = await caches.open(ASSET_CACHE);
  // Content-hashed or versioned: usually already in the HTTP cache from this visit, so no second download.
  await Promise.all(
    BUILD.precacheAssets.map(async (path) => {
      if (await assets.match(path)) return;
      const response = await fetch(path);
      if (response.ok) await assets.put(path, response);
    }),
  );
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const oldPages = names.filter((name) => name.startsWith('awaitable-pages-') && name !== PAGES_CACHE);
      // Pages read offline before this deploy: fetch their new versions (best effort, if online).
      const pages = await caches.open(PAGES_CACHE);
      for (const name of oldPages) {
        for (const request of await (await caches.open(name)).keys())
          await fetch(request.url)
            .then((response) => response.ok && pages.put(request.url, response))
            .catch(() => {});
      }
      await Promise.all(
        names
          .filter(
            (name) =>
              name.startsWith('awaitable-') && name !== ASSET_CACHE && name !== SHELL_CACHE && name !== PAGES_CACHE,
          )
          .map((name) => caches.delete(name)),
      );
      const assets = await caches.open(ASSET_CACHE);
      for (const request of await assets.keys())
        if (!ASSETS.has(new URL(request.url).pathname)) await assets.delete(request);
      await self.clients.claim();
    })(),
  ),
);

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  if (data.type === 'cache-page' && typeof data.url === 'string') {
    const url = new URL(data.url, self.location.origin);
    if (url.origin !== self.location.origin) return;
    event.waitUntil(
      fetch(url.pathname)
        .then(async (response) => response.ok && (await caches.open(PAGES_CACHE)).put(url.pathname, response))
        .catch(() => {}),
    );
  }
});

async function assetFirst(request, path) {
  const cache = await caches.open(ASSET_CACHE);
  const hit = (await cache.match(path)) || (await caches.match(request, { ignoreSearch: true }));
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.status === 200 && ASSETS.has(path)) await cache.put(path, response.clone());
  return response;
}

async function networkFirst(request, path, navigate) {
  try {
    const response = await fetch(request);
    if (response.ok && response.status === 200) {
      const copy = response.clone();
      (await caches.open(PAGES_CACHE)).put(path, copy).catch(() => {});
    }
    return response;
  } catch (error) {
    const hit =
      (await caches.match(path, { ignoreSearch: true })) ||
      (path.endsWith('/') ? null : await caches.match(`${path}/`, { ignoreSearch: true }));
    if (hit) return hit;
    if (navigate)
      return new Response(
        '<!doctype html><meta charset="utf-8"><title>Offline</title><h1>You are offline</h1>' +
          '<p>This page has not been visited on this device yet. Lessons you have opened before work offline.</p>',
        { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
      );
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const path = url.pathname;
  if (path === '/sw.js' || path === '/register-sw.js') return;
  if (request.cache === 'only-if-cached') {
    // The Python worker asks "is the snapshot here?" without the network.
    event.respondWith(caches.match(path).then((hit) => hit || fetch(request)));
    return;
  }
  if (isAsset(path)) event.respondWith(assetFirst(request, path));
  else event.respondWith(networkFirst(request, path, request.mode === 'navigate'));
});
