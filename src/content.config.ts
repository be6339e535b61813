import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { awaitableCollections, lessonPages, lessonSchema } from 'starlight-awaitable/content/collections.ts';

// Lessons live in the top-level content/ folder, not src/content/, so that authors find them at once (the same
// folder as the plugin's `lessons` option in astro.config.mjs).
const LESSONS = 'content/lessons';

export const collections = {
  // Starlight renders pages from `docs`. Its schema also validates the frontmatter of pages built with
  // <StarlightPage> (landing, 404, progress), which are not lessons, so the lesson fields are optional here…
  docs: defineCollection({
    loader: lessonPages(LESSONS),
    schema: (context) =>
      docsSchema({ extend: lessonSchema.partial() })(context).transform((page) => ({
        ...page,
        // The sidebar follows the lesson's `order` unless the author set sidebar.order explicitly.
        sidebar: { ...page.sidebar, order: page.sidebar.order ?? page.order },
      })),
  }),
  // …and required in `lessons` (and the exercises beside them).
  ...awaitableCollections(LESSONS),
};
