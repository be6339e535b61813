/**
 * The shapes of everything we persist or exchange, as zod schemas. Stored values come back from storage that
 * other code, other tabs, older versions of the site or a browser extension may have touched, and export files
 * come from the learner's disk, so nothing is trusted until it passes these schemas.
 */
import * as z from 'zod/mini';

/** Version of the localStorage layout (in the meta key), for future migrations. */
export const STORAGE_VERSION = 1;

export const EXPORT_FORMAT = 'awaitable-progress';
/** The export format version this code writes and the newest it can read. */
export const EXPORT_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true, error: 'expected a date like "2025-01-31T12:00:00.000Z"' });
const count = z.int().check(z.nonnegative());
const exerciseId = z
  .string()
  .check(z.minLength(1, 'an exercise id is empty'), z.maxLength(300, 'an exercise id is too long'));

/**
 * Saved code and who saved it. `rev` counts saves of this exercise; `tab` is the id of the tab (or import) that
 * wrote it. Together they identify one version, so a tab can tell "storage still holds what I last saw" from
 * "another tab wrote since" even when the two tabs' counters happen to be equal.
 */
export const storedCodeSchema = z.object({
  text: z.string(),
  /** Milliseconds since the epoch (Date.now()). */
  savedAt: z.number().check(z.nonnegative()),
  rev: count,
  tab: z.string().check(z.minLength(1)),
});

/** The value of `awaitable:exercise:<id>`. Absent fields mean "not yet": values stay small. */
export const exerciseRecordSchema = z.object({
  code: z.optional(storedCodeSchema),
  /** First time the learner ran or checked their solution. */
  attemptedAt: z.optional(isoDate),
  /** First time the checks passed. Once solved, an exercise stays solved. */
  solvedAt: z.optional(isoDate),
  /** How many hints the learner has revealed. */
  hints: z.optional(count),
  /** Whether the learner looked at the model solution. */
  solutionShown: z.optional(z.boolean()),
});

/** The value of `awaitable:meta`. */
export const metaSchema = z.object({
  version: z.int().check(z.positive()),
  createdAt: isoDate,
  lastExportedAt: z.optional(isoDate),
});

/** One exercise in an export file: like the stored record, minus tab-local bookkeeping (`rev`, `tab`). */
export const exportedExerciseSchema = z
  .object({
    code: z.optional(z.string()),
    codeSavedAt: z.optional(isoDate),
    attemptedAt: z.optional(isoDate),
    solvedAt: z.optional(isoDate),
    hintsRevealed: z.optional(count),
    solutionShown: z.optional(z.boolean()),
  })
  .check(
    z.refine((exercise) => exercise.code === undefined || exercise.codeSavedAt !== undefined, {
      message: 'has code but no "codeSavedAt" date',
      path: ['codeSavedAt'],
    }),
  );

/** The whole export file. Only `format` and `version` are checked first, so each failure gets its own message. */
export const progressExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION, { error: `unsupported version (this page reads version ${EXPORT_VERSION})` }),
  exportedAt: isoDate,
  exercises: z.record(exerciseId, exportedExerciseSchema),
});

export type StoredCode = z.infer<typeof storedCodeSchema>;
export type ExerciseRecord = z.infer<typeof exerciseRecordSchema>;
export type ProgressMeta = z.infer<typeof metaSchema>;
export type ExportedExercise = z.infer<typeof exportedExerciseSchema>;
export type ProgressExport = z.infer<typeof progressExportSchema>;

/**
 * Keeps the readable parts of a record that failed validation (say, a good `code` next to a broken `solvedAt`),
 * so one damaged field never costs the learner their code.
 */
export function salvageRecord(value: unknown): ExerciseRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields = value as Record<string, unknown>;
  const record: ExerciseRecord = {};
  const code = storedCodeSchema.safeParse(fields.code);
  if (code.success) record.code = code.data;
  const attemptedAt = isoDate.safeParse(fields.attemptedAt);
  if (attemptedAt.success) record.attemptedAt = attemptedAt.data;
  const solvedAt = isoDate.safeParse(fields.solvedAt);
  if (solvedAt.success) record.solvedAt = solvedAt.data;
  const hints = count.safeParse(fields.hints);
  if (hints.success) record.hints = hints.data;
  if (fields.solutionShown === true) record.solutionShown = true;
  return Object.keys(record).length > 0 ? record : null;
}

/** Drops "nothing yet" fields so stored values stay small. */
export function compactRecord(record: ExerciseRecord): ExerciseRecord {
  const out: ExerciseRecord = {};
  if (record.code) out.code = record.code;
  if (record.attemptedAt) out.attemptedAt = record.attemptedAt;
  if (record.solvedAt) out.solvedAt = record.solvedAt;
  if (record.hints) out.hints = record.hints;
  if (record.solutionShown) out.solutionShown = true;
  return out;
}
