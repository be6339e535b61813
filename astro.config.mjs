// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import awaitable from 'starlight-awaitable';

export default defineConfig({
  site: 'https://awaitable.example',
  integrations: [
    starlight({
      title: 'Awaitable',
      description: 'Learn Python asyncio by running it: lessons, a virtual-time event loop, graded exercises.',
      favicon: '/favicon.svg',
      // Everything that makes lessons runnable: components' overrides, the runtime worker, Pyodide, the snapshot,
      // recorded runs, the service worker and the Content-Security-Policy (packages/starlight-awaitable).
      plugins: [awaitable({ lessons: 'content/lessons' })],
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
      // Wrapped code never scrolls sideways, so code blocks need no scrollable region (which axe wants uniquely
      // named) and read well on phones.
      expressiveCode: { defaultProps: { wrap: true } },
    }),
    mdx(),
  ],
});
