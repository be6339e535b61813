// Awaitable build d396bcb315518d2c
// Awaitable's service worker (template: scripts/make-sw.mjs fills in BUILD and writes dist/sw.js after each build).
// - Precaches the app shell (landing page, 404, favicon, every /_astro/ chunk and the Pyodide core files) on install.
// - Versioned assets (/_astro/*, /pyodide/<version>/*, including the Python memory snapshot): cache-first.
// - Pages: network first, falling back to the copy cached when the reader last visited (offline reading).
// - A new deploy installs a new worker that waits; the page shows "A new version is available" and the Reload
//   button activates it (public/register-sw.js). Activation deletes the old caches and assets no longer deployed.
/* global self, caches, fetch, URL, Response */
const BUILD = {"version":"d396bcb315518d2c","shell":["/","/404.html","/favicon.svg"],"precacheAssets":["/_astro/MobileTableOfContents.astro_astro_type_script_index_0_lang.C3fM4Kra.js","/_astro/PredictOutput.astro_astro_type_script_index_0_lang.g5Qe3z0d.js","/_astro/Quiz.CK3KmG8W.css","/_astro/Quiz.astro_astro_type_script_index_0_lang.mDTU10uI.js","/_astro/Search.astro_astro_type_script_index_0_lang.D6kdV2AE.js","/_astro/Sidebar.astro_astro_type_script_index_0_lang.BPeUhBeG.js","/_astro/TableOfContents.astro_astro_type_script_index_0_lang.BpJaGz7G.js","/_astro/Timeline.astro_astro_type_script_index_0_lang.CHwJUM-W.js","/_astro/Workbench.astro_astro_type_script_index_0_lang.5IfcESw6.js","/_astro/client.DLtF3pqa.js","/_astro/ec.0vx5m.js","/_astro/ec.w36nc.css","/_astro/editor.worker-CX7Cj20z.js","/_astro/exercise-controller.D2YWijO0.js","/_astro/facts.PAoX7y5L.js","/_astro/keys.BWrtj3u0.js","/_astro/middleware.2FB2J1Ih.css","/_astro/monaco-setup.C1pY9xZo.js","/_astro/page-store.C5zNh0uO.js","/_astro/page.cNngjUgL.js","/_astro/preload-helper.DygEbaNj.js","/_astro/print.ehPL0gv-.css","/_astro/progress.astro_astro_type_script_index_0_lang.UsjB2B-l.js","/_astro/protocol.BhitNICN.js","/_astro/python.DxwTPnuM.js","/_astro/rolldown-runtime.DK3Fl9T5.js","/_astro/run-status.BYAhYzFL.js","/_astro/starlight-toc.D4UDIxQL.js","/_astro/storage.DLEK8QFP.js","/_astro/timeline-view.BOeR34e4.css","/_astro/timeline-view.ByCkYXwv.js","/_astro/ui-core.DdZDRPcq.js","/_astro/worker-nTyj-ypL.js","/pyodide/314.0.7/pyodide-lock.json","/pyodide/314.0.7/pyodide.asm.mjs","/pyodide/314.0.7/pyodide.asm.wasm","/pyodide/314.0.7/pyodide.mjs","/pyodide/314.0.7/python_stdlib.zip"],"assets":["/_astro/MobileTableOfContents.astro_astro_type_script_index_0_lang.C3fM4Kra.js","/_astro/PredictOutput.astro_astro_type_script_index_0_lang.g5Qe3z0d.js","/_astro/Quiz.CK3KmG8W.css","/_astro/Quiz.astro_astro_type_script_index_0_lang.mDTU10uI.js","/_astro/Search.astro_astro_type_script_index_0_lang.D6kdV2AE.js","/_astro/Sidebar.astro_astro_type_script_index_0_lang.BPeUhBeG.js","/_astro/TableOfContents.astro_astro_type_script_index_0_lang.BpJaGz7G.js","/_astro/Timeline.astro_astro_type_script_index_0_lang.CHwJUM-W.js","/_astro/Workbench.astro_astro_type_script_index_0_lang.5IfcESw6.js","/_astro/client.DLtF3pqa.js","/_astro/ec.0vx5m.js","/_astro/ec.w36nc.css","/_astro/editor.worker-CX7Cj20z.js","/_astro/exercise-controller.D2YWijO0.js","/_astro/facts.PAoX7y5L.js","/_astro/keys.BWrtj3u0.js","/_astro/middleware.2FB2J1Ih.css","/_astro/monaco-setup.C1pY9xZo.js","/_astro/page-store.C5zNh0uO.js","/_astro/page.cNngjUgL.js","/_astro/preload-helper.DygEbaNj.js","/_astro/print.ehPL0gv-.css","/_astro/progress.astro_astro_type_script_index_0_lang.UsjB2B-l.js","/_astro/protocol.BhitNICN.js","/_astro/python.DxwTPnuM.js","/_astro/rolldown-runtime.DK3Fl9T5.js","/_astro/run-status.BYAhYzFL.js","/_astro/starlight-toc.D4UDIxQL.js","/_astro/storage.DLEK8QFP.js","/_astro/timeline-view.BOeR34e4.css","/_astro/timeline-view.ByCkYXwv.js","/_astro/ui-core.DdZDRPcq.js","/_astro/worker-nTyj-ypL.js","/pyodide/314.0.7/pyodide-lock.json","/pyodide/314.0.7/pyodide.asm.mjs","/pyodide/314.0.7/pyodide.asm.wasm","/pyodide/314.0.7/pyodide.mjs","/pyodide/314.0.7/python_stdlib.zip","/pyodide/314.0.7/snapshot-314.0.7-cc79f59cd2123e49.bin.gz"]}; // replaced by make-sw.mjs: { version, shell: [...], assets: [...] }
const SHELL_CACHE = `awaitable-shell-${BUILD.version}`;
const PAGES_CACHE = `awaitable-pages-${BUILD.version}`;
// Same name as in src/runtime/worker.ts, which stores the memory snapshot here itself after a first visit.
const ASSET_CACHE = 'awaitable-assets-v1';
const ASSETS = new Set(BUILD.assets);
const isAsset = (path) => path.startsWith('/_astro/') || path.startsWith('/pyodide/');

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
          .filter((name) => name.startsWith('awaitable-') && name !== ASSET_CACHE && name !== SHELL_CACHE && name !== PAGES_CACHE)
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
