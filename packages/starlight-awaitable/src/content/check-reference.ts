/**
 * The check types' documentation, read from the exercise schema itself (its `.describe()` texts), so the authoring
 * guide can never drift from what the build accepts.
 */
import { checkSchema } from '../grading/schema.ts';

export interface FieldDoc {
  name: string;
  required: boolean;
  description: string;
}
export interface CheckDoc {
  /** e.g. "stdout (mode: regex)" */
  label: string;
  description: string;
  fields: FieldDoc[];
}

interface SchemaLike {
  description?: string;
  def: { type: string; innerType?: SchemaLike; options?: SchemaLike[]; shape?: Record<string, SchemaLike> };
  shape?: Record<string, SchemaLike>;
}

/** The description of a schema, looking through optional/default wrappers. */
function describe(schema: SchemaLike): string {
  return schema.description ?? (schema.def.innerType ? describe(schema.def.innerType) : '');
}

function isOptional(schema: SchemaLike): boolean {
  return schema.def.type === 'optional' || schema.def.type === 'default';
}

function literal(schema: SchemaLike): string {
  return String((schema.def as { values?: unknown[] }).values?.[0] ?? '');
}

function objectDocs(schema: SchemaLike): CheckDoc[] {
  if (schema.def.type === 'union' || schema.def.options) return (schema.def.options ?? []).flatMap(objectDocs);
  const shape = schema.shape ?? schema.def.shape ?? {};
  const type = literal(shape.type!);
  const mode = shape.mode ? literal(shape.mode) : null;
  return [
    {
      label: mode ? `${type} (mode: ${mode})` : type,
      description: describe(schema) || (shape.mode ? describe(shape.mode) : ''),
      fields: Object.entries(shape)
        .filter(([name]) => name !== 'type')
        .map(([name, field]) => ({ name, required: !isOptional(field), description: describe(field) })),
    },
  ];
}

export function checkReference(): CheckDoc[] {
  return objectDocs(checkSchema as unknown as SchemaLike);
}
