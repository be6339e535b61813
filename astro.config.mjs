// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { existsSync, readFileSync } from 'node:fs';
import { monacoCssAsJs } from './src/build/monaco-css-plugin.mjs';
import { cspInlineHashes } from './src/build/csp-inline-hashes.mjs';
import { snapshotId } from './src/runtime/node/snapshot-files.ts';
import { snapshotFileName } from './src/runtime/snapshot.ts';

const pyodideVersion = JSON.parse(readFileSync('node_modules/pyodide/package.json', 'utf8')).version;
// The runtime's memory snapshot, made by scripts/make-snapshot.ts in `prebuild` ('' if there is none: the worker
// then starts Python with a plain load).
const snapshotName = snapshotFileName(snapshotId());
const pyodideSnapshot = existsSync(`public/pyodide/${pyodideVersion}/${snapshotName}`) ? snapshotName : '';

export default defineConfig({
  site: 'https://awaitable.example',
  // A strict Content-Security-Policy on every page (a <meta> tag; public/_headers repeats it for hosts that read
  // one). Astro adds hashes for the scripts and styles it emits. Learner code runs in a worker and cannot reach
  // the page, but the policy is a second wall: nothing may be fetched from or sent to another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // WebAssembly compilation (Pyodide) needs 'wasm-unsafe-eval'; nothing needs plain eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Highlighted code (Shiki) and Monaco set inline style attributes.
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  integrations: [
    starlight({
      title: 'Awaitable',
      description: 'Learn Python asyncio by running it: lessons, a virtual-time event loop, graded exercises.',
      favicon: '/favicon.svg',
      // Offline use and the "new version" notice: registers dist/sw.js (scripts/make-sw.mjs).
      head: [{ tag: 'script', attrs: { src: '/register-sw.js', defer: true } }],
      // Our own 404 lives in src/pages/404.astro (the docs collection only holds lessons).
      disable404Route: true,
      // Starlight matches `autogenerate.directory` against each file's path relative to src/content/docs;
      // our lessons live in content/lessons, so from there their paths start with "content/lessons".
      sidebar: [
        { label: 'Lessons', items: [{ autogenerate: { directory: 'content/lessons' } }] },
        { label: 'Your progress', link: '/progress/' },
        { label: 'Playground', link: '/playground/' },
        { label: 'For instructors', items: [{ label: 'Authoring guide', link: '/guide/authoring/' }] },
      ],
      customCss: ['./src/styles/site.css'],
      // Wrapped code never scrolls sideways, so code blocks need no scrollable region (which axe wants uniquely
      // named) and read well on phones.
      expressiveCode: { defaultProps: { wrap: true } },
      routeMiddleware: './src/route-middleware.ts',
      components: {
        Head: './src/components/overrides/Head.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        SkipLink: './src/components/overrides/SkipLink.astro',
      },
    }),
    mdx(),
    cspInlineHashes(),
  ],
  vite: {
    plugins: [monacoCssAsJs()],
    worker: { format: 'es' },
    // The worker loads Pyodide from public/pyodide/<version>/ (copied there by scripts/copy-pyodide.mjs).
    define: {
      __PYODIDE_VERSION__: JSON.stringify(pyodideVersion),
      __PYODIDE_SNAPSHOT__: JSON.stringify(pyodideSnapshot),
      // The id recorded runs are keyed with (src/runtime/recordings/): the runtime's hash that names the snapshot.
      __RUNTIME_ID__: JSON.stringify(snapshotId()),
    },
  },
});
