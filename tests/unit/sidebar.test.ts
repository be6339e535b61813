import { describe, expect, it } from 'vitest';
import { flattenLessonFolders, neighbours, type Entry } from 'starlight-awaitable/content/sidebar.ts';

const link = (label: string, href: string, isCurrent = false) => ({ type: 'link' as const, label, href, isCurrent });
const group = (label: string, entries: Entry[]) => ({ type: 'group' as const, label, entries });
const order: Record<string, number> = { '/lessons/tasks/': 5, '/lessons/why/': 1, '/lessons/loop/': 4 };

describe('lesson sidebar', () => {
  it('replaces one-link folder groups by their link and sorts by course order', () => {
    const sidebar = [
      group('Lessons', [
        group('tasks', [link('Tasks', '/lessons/tasks/')]),
        group('why', [link('Why asyncio?', '/lessons/why/')]),
        group('loop', [link('The event loop', '/lessons/loop/', true)]),
      ]),
    ];
    const [lessons] = flattenLessonFolders(sidebar, (href) => order[href]);
    expect(lessons).toMatchObject({ type: 'group', label: 'Lessons' });
    expect((lessons as ReturnType<typeof group>).entries.map((e) => e.label)).toEqual([
      'Why asyncio?',
      'The event loop',
      'Tasks',
    ]);
  });

  it("keeps a group of one link when it is not that link's folder", () => {
    const sidebar = [group('Lessons', [group('why', [link('Why asyncio?', '/lessons/why/')])])];
    expect(flattenLessonFolders(sidebar, (href) => order[href])).toEqual([
      group('Lessons', [link('Why asyncio?', '/lessons/why/')]),
    ]);
  });

  it('keeps groups of several entries and puts unordered entries last', () => {
    const sidebar = [group('Extra', [link('B', '/b/'), link('A', '/a/')]), link('Why', '/lessons/why/')];
    const result = flattenLessonFolders(sidebar, (href) => order[href]);
    expect(result.map((e) => e.label)).toEqual(['Why', 'Extra']);
    expect((result[1] as ReturnType<typeof group>).entries.map((e) => e.label)).toEqual(['B', 'A']);
  });

  it('finds the previous and next lesson around the current page', () => {
    const sidebar = [link('A', '/a/'), group('G', [link('B', '/b/', true), link('C', '/c/')])];
    expect(neighbours(sidebar)).toEqual({ prev: sidebar[0], next: link('C', '/c/') });
    expect(neighbours([link('A', '/a/')])).toEqual({ prev: undefined, next: undefined });
  });
});
