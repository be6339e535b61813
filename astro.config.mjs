// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';
import { monacoCssAsJs } from './src/build/monaco-css-plugin.mjs';

const pyodideVersion = JSON.parse(readFileSync('node_modules/pyodide/package.json', 'utf8')).version;

export default defineConfig({
  site: 'https://awaitable.example',
  integrations: [
    starlight({
      title: 'Awaitable',
      description: 'Learn Python asyncio by running it: lessons, a virtual-time event loop, graded exercises.',
      favicon: '/favicon.svg',
      // Our own 404 lives in src/pages/404.astro (the docs collection only holds lessons).
      disable404Route: true,
      // Starlight matches `autogenerate.directory` against each file's path relative to src/content/docs;
      // our lessons live in content/lessons, so from there their paths start with "content/lessons".
      sidebar: [
        { label: 'Lessons', items: [{ autogenerate: { directory: 'content/lessons' } }] },
        { label: 'Your progress', link: '/progress/' },
        { label: 'For instructors', items: [{ label: 'Authoring guide', link: '/guide/authoring/' }] },
      ],
      customCss: ['./src/styles/site.css'],
      // Wrapped code never scrolls sideways, so code blocks need no scrollable region (which axe wants uniquely
      // named) and read well on phones.
      expressiveCode: { defaultProps: { wrap: true } },
      routeMiddleware: './src/route-middleware.ts',
      components: { Sidebar: './src/components/overrides/Sidebar.astro' },
    }),
    mdx(),
  ],
  vite: {
    plugins: [monacoCssAsJs()],
    worker: { format: 'es' },
    // The worker loads Pyodide from public/pyodide/<version>/ (copied there by scripts/copy-pyodide.mjs).
    define: { __PYODIDE_VERSION__: JSON.stringify(pyodideVersion) },
  },
});
