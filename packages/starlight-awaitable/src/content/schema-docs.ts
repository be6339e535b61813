/**
 * Reading a schema's own documentation (its `describe` texts) for the authoring guide, so the guide can never drift
 * from what the build accepts. Works on any zod 4 schema, classic or mini: both keep descriptions in zod's global
 * registry and their definitions under `_zod.def`.
 */
import * as z from 'zod/mini';

type Schema = z.core.$ZodType;

/** The schema's description, looking through optional, default and nullable wrappers. */
export function schemaDescription(schema: Schema): string {
  const own = z.globalRegistry.get(schema)?.description;
  if (own !== undefined) return own;
  return isWrapper(schema) ? schemaDescription(schema._zod.def.innerType) : '';
}

/** Whether an object field may be left out (optional, or with a default). */
export function isOptionalField(schema: Schema): boolean {
  return schema instanceof z.core.$ZodOptional || schema instanceof z.core.$ZodDefault;
}

function isWrapper(schema: Schema): schema is z.core.$ZodOptional | z.core.$ZodDefault | z.core.$ZodNullable {
  return isOptionalField(schema) || schema instanceof z.core.$ZodNullable;
}
