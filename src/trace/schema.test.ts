/**
 * The trace schema's JSON Schema, checked in beside the Python tests (src/runtime/python/tests/trace-schema.json),
 * is what holds the Python recorder to the contract. It must be exactly what schema.ts exports: rewrite it with
 * `UPDATE_TRACE_SCHEMA=1 npx vitest run src/trace/schema.test.ts` after changing the schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS, traceJsonSchema } from './schema.ts';

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
