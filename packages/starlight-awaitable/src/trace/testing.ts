/** Test helper: hand-made trace events, numbered and parsed with the schema (so test data is held to the contract). */
import { traceEventSchema, type TraceEvent } from './schema.ts';

export function traceOf(...events: Array<Record<string, unknown>>): TraceEvent[] {
  return events.map((event, i) => traceEventSchema.parse({ ...event, seq: i + 1 }));
}
