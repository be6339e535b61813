/**
 * exercise.json as an author writes it. It is the grading spec (src/grading/schema.ts) with one addition: a
 * `python` check may name a file beside exercise.json instead of inlining its code,
 *   { "type": "python", "file": "check.py" }
 * so a check is ordinary Python with line numbers rather than a JSON-escaped string. `resolveCheckFiles` reads
 * those files and gives the grading spec with `code`, so the grader and the runtime see what they always saw.
 * Pure (the caller reads files): used by the build (src/content/exercises.ts) and by check-content.
 */
import { z } from 'astro/zod';
import { checkSchema, exerciseSchema, exerciseShape, type Check, type ExerciseSpec } from '../grading/schema.ts';

export const pythonFileCheckSchema = z
  .strictObject({
    type: z.literal('python'),
    file: z
      .string()
      .regex(/^[\w.-]+\.py$/, 'a .py file name beside exercise.json, like "check.py"')
      .describe(
        'A .py file beside exercise.json (usually check.py) defining `def check(stdout, trace, globals):`; the ' +
          'same as `code`, without JSON escaping.',
      ),
    message: z.string().min(1).optional(),
    passMessage: z.string().min(1).optional(),
  })
  .describe('A python check kept in its own file.');

export type PythonFileCheck = z.output<typeof pythonFileCheckSchema>;
export type AuthoredCheck = Check | PythonFileCheck;

function isFileCheck(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'python' && 'file' in value;
}

/** One check as written: the file form, or any grading check (each validated by its own schema, for clear issues). */
const authoredCheckSchema = z.unknown().transform((value, ctx): AuthoredCheck => {
  const result = isFileCheck(value) ? pythonFileCheckSchema.safeParse(value) : checkSchema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom', input: value });
  return z.NEVER;
});

export const authoredExerciseSchema = z.strictObject({
  ...exerciseShape,
  checks: z
    .array(authoredCheckSchema)
    .min(1, 'give at least one check')
    .describe('What a correct program must do; every check must pass. Failing checks show their messages in order.'),
});
// No refinements here: Astro extends a collection's schema (it cannot extend a refined one). The language rules
// and defaults (schema.ts) apply when resolveCheckFiles parses the result with exerciseSchema.

export type AuthoredExercise = z.output<typeof authoredExerciseSchema>;

export type Resolved =
  { ok: true; spec: ExerciseSpec; checkFiles: (string | null)[] } | { ok: false; problems: string[] };

/**
 * Replaces every `{ type: "python", file }` by `{ type: "python", code }`, reading the file with `read` (undefined:
 * it does not exist). `checkFiles[i]` names the file check i came from (null for inline checks), so a report can
 * say "check.py" where the runtime says "the check".
 */
export function resolveCheckFiles(spec: AuthoredExercise, read: (file: string) => string | undefined): Resolved {
  const problems: string[] = [];
  const checkFiles: (string | null)[] = [];
  const checks = spec.checks.map((check): Check => {
    if (!('file' in check)) {
      checkFiles.push(null);
      return check;
    }
    checkFiles.push(check.file);
    const code = read(check.file);
    if (code === undefined) problems.push(`a python check names ${check.file}, which does not exist`);
    else if (!/^def check\(/m.test(code))
      problems.push(`${check.file} must define \`def check(stdout, trace, globals):\` at the start of a line`);
    const { file: _file, ...rest } = check;
    return { ...rest, code: code ?? '' };
  });
  if (problems.length) return { ok: false, problems };
  const parsed = exerciseSchema.safeParse({ ...spec, checks });
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  return { ok: true, spec: parsed.data, checkFiles };
}
