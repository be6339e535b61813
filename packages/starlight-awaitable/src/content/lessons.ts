import type { CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** Lessons in course order (frontmatter `order`), ties broken by id so the order is stable. */
export function sortLessons<T extends { id: string; data: { order: number } }>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The URL Starlight gives a lesson: its id (the folder path under content/) with a trailing slash. */
export function lessonHref(lesson: { id: string }): string {
  return `/${lesson.id.replace(/\/index$/, '')}/`;
}
