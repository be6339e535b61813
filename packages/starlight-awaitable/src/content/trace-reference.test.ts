import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeParts, traceReference } from './trace-reference.ts';

describe('traceReference', () => {
  it("reads every event kind of the runtime README's trace table, with its fields", () => {
    const { events, notes } = traceReference(
      readFileSync(new URL('../runtime/python/README.md', import.meta.url), 'utf8'),
    );
    const kinds = events.map((event) => event.kind);
    expect(kinds).toContain('task_created');
    expect(kinds).toContain('block');
    expect(kinds.at(-1)).toBe('limit');
    expect(events.find((event) => event.kind === 'task_done')?.fields).toContain('`state` (`ok`|`error`|`cancelled`)');
    expect(notes.some((note) => note.startsWith('`awaiting` is one of'))).toBe(true);
  });

  it('fails loudly when the section is gone', () => {
    expect(() => traceReference('# README\n\n## Other\n')).toThrow(/no "## Trace events" section/);
  });
});

describe('codeParts', () => {
  it('splits text at backticks', () => {
    expect(codeParts('`task`, `line` (or null)')).toEqual([
      { code: true, text: 'task' },
      { code: false, text: ', ' },
      { code: true, text: 'line' },
      { code: false, text: ' (or null)' },
    ]);
  });
});
