import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { lessonHref } from './content/lessons.ts';
import { flattenLessonFolders, neighbours } from './content/sidebar.ts';

let orderByHref: Map<string, number> | null = null;

// Runs for every Starlight page at build time: one link per lesson in the sidebar, prev/next in course order.
export const onRequest = defineRouteMiddleware(async (context) => {
  orderByHref ??= new Map((await getCollection('lessons')).map((lesson) => [lessonHref(lesson), lesson.data.order]));
  const route = context.locals.starlightRoute;
  route.sidebar = flattenLessonFolders(route.sidebar, (href) => orderByHref!.get(href));
  if (route.entry.data.template !== 'splash') {
    const { prev, next } = neighbours(route.sidebar);
    // A page that sets its own links in frontmatter (the progress page: not a step of the course) keeps them.
    route.pagination = {
      prev: route.entry.data.prev === undefined ? prev : route.pagination.prev,
      next: route.entry.data.next === undefined ? next : route.pagination.next,
    };
  }
});
