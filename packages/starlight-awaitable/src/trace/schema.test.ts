/**
 * The trace schema's JSON Schema, checked in beside the Python tests (src/runtime/python/tests/trace-schema.json),
 * is what holds the Python recorder to the contract. It must be exactly what schema.ts exports: rewrite it with
 * `UPDATE_TRACE_SCHEMA=1 npx vitest run src/trace/schema.test.ts` after changing the schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { traceReference } from '../content/trace-reference.ts';
import { EVENT_KINDS, EVENT_SCHEMAS, traceJsonSchema } from './schema.ts';

const file = new URL('../runtime/python/tests/trace-schema.json', import.meta.url);

describe('the trace schema', () => {
  it('is exported to JSON Schema for the Python tests, unchanged', () => {
    const schema = traceJsonSchema();
    if (process.env.UPDATE_TRACE_SCHEMA) writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved, 'run with UPDATE_TRACE_SCHEMA=1 to rewrite it (then npx prettier --write it)').toEqual(schema);
  });

  it('lists every kind once', () => {
    expect(new Set(EVENT_KINDS).size).toBe(EVENT_KINDS.length);
    expect(EVENT_KINDS).toContain('task_created');
  });
});

describe('the runtime README\'s "Trace events" table (what the authoring guide shows)', () => {
  const readme = readFileSync(new URL('../runtime/python/README.md', import.meta.url), 'utf8');
  const rows = new Map(traceReference(readme).events.map((event) => [event.kind, event.fields]));

  it("lists exactly the schema's kinds, in its order", () => {
    expect([...rows.keys()]).toEqual(EVENT_KINDS);
  });

  it('names every field of every kind', () => {
    for (const schema of EVENT_SCHEMAS) {
      const kind = schema.shape.kind.def.values[0]!;
      const fields = Object.keys(schema.shape).filter((field) => !['seq', 't', 'kind'].includes(field));
      for (const field of fields) expect(rows.get(kind), `${kind}.${field}`).toContain(`\`${field}\``);
    }
  });
});
