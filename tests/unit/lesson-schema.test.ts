import { describe, expect, it } from 'vitest';
import { lessonSchema } from 'starlight-awaitable/content/lesson-schema.ts';
import { lessonHref, sortLessons } from 'starlight-awaitable/content/lessons.ts';

const valid = {
  title: 'Why asyncio?',
  description: 'Waiting is most of what many programs do.',
  order: 1,
  concepts: ['concurrency'],
  minutes: 10,
};

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson', () => {
    expect(lessonSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['order', { order: 'first' }],
    ['order', { order: 0 }],
    ['concepts', { concepts: [] }],
    ['minutes', { minutes: 1.5 }],
    ['description', { description: 'short' }],
  ])('names the bad field %s', (field, patch) => {
    const result = lessonSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('names a missing field', () => {
    const { minutes: _omitted, ...rest } = valid;
    const result = lessonSchema.safeParse(rest);
    expect(result.error?.issues[0]?.path).toEqual(['minutes']);
  });
});

describe('lesson ordering and links', () => {
  it('sorts by order, then id', () => {
    const lessons = [
      { id: 'lessons/c', data: { order: 2 } },
      { id: 'lessons/b', data: { order: 1 } },
      { id: 'lessons/a', data: { order: 2 } },
    ];
    expect(sortLessons(lessons).map((l) => l.id)).toEqual(['lessons/b', 'lessons/a', 'lessons/c']);
  });

  it('links to the lesson folder', () => {
    expect(lessonHref({ id: 'lessons/why-asyncio' })).toBe('/lessons/why-asyncio/');
    expect(lessonHref({ id: 'lessons/why-asyncio/index' })).toBe('/lessons/why-asyncio/');
  });
});
