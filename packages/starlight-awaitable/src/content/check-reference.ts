/**
 * The check types' documentation, read from the exercise schema itself (its `describe` texts, schema-docs.ts), so
 * the authoring guide can never drift from what the build accepts.
 */
import * as z from 'zod/mini';
import { checkSchema } from '../grading/schema.ts';
import { isOptionalField, schemaDescription } from './schema-docs.ts';

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

function literal(schema: z.core.$ZodType | undefined): string {
  return schema instanceof z.core.$ZodLiteral ? String(schema._zod.def.values[0]) : '';
}

function objectDocs(schema: z.core.$ZodType): CheckDoc[] {
  if (schema instanceof z.core.$ZodDiscriminatedUnion) return schema._zod.def.options.flatMap(objectDocs);
  if (!(schema instanceof z.core.$ZodObject)) return [];
  const shape: Record<string, z.core.$ZodType> = schema._zod.def.shape;
  const type = literal(shape.type);
  const mode = shape.mode ? literal(shape.mode) : null;
  return [
    {
      label: mode ? `${type} (mode: ${mode})` : type,
      description: schemaDescription(schema) || (shape.mode ? schemaDescription(shape.mode) : ''),
      fields: Object.entries(shape)
        .filter(([name]) => name !== 'type')
        .map(([name, field]) => ({
          name,
          required: !isOptionalField(field),
          description: schemaDescription(field),
        })),
    },
  ];
}

export function checkReference(): CheckDoc[] {
  return objectDocs(checkSchema);
}
