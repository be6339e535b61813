/**
 * Export progress to a JSON file and import it back (on another browser, or after clearing site data).
 *
 * The file is versioned (`format`, `version`) so a future site can read old files and an old page can say
 * clearly that a file is too new. Import MERGES rather than replaces: for each exercise the newer code wins by
 * its save time, "solved" wins if either side has it (with the earliest date), so importing an old backup can
 * never overwrite code the learner wrote since.
 */
import {
  compactRecord,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  progressExportSchema,
  type ExerciseRecord,
  type ExportedExercise,
  type ProgressExport,
} from './schema.ts';
import { earliest, type ProgressStore } from './store.ts';
import type { StorageFailure } from './storage.ts';

// ---- export -------------------------------------------------------------------------------------------------

/** Everything in the store as an export document. */
export function exportProgress(store: ProgressStore): ProgressExport {
  const exercises: Record<string, ExportedExercise> = {};
  for (const id of store.exerciseIds()) {
    const record = store.read(id);
    if (record) exercises[id] = toExported(record);
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(store.now()).toISOString(),
    exercises,
  };
}

/** The export as file contents: indented so a learner can read their own code in it. */
export function serializeProgress(data: ProgressExport): string {
  return JSON.stringify(data, null, 2) + '\n';
}

/** A download name like `awaitable-progress-2025-01-31.json`. */
export function exportFileName(at: Date): string {
  return `awaitable-progress-${at.toISOString().slice(0, 10)}.json`;
}

function toExported(record: ExerciseRecord): ExportedExercise {
  const out: ExportedExercise = {};
  if (record.code) {
    out.code = record.code.text;
    out.codeSavedAt = new Date(record.code.savedAt).toISOString();
  }
  if (record.attemptedAt) out.attemptedAt = record.attemptedAt;
  if (record.solvedAt) out.solvedAt = record.solvedAt;
  if (record.hints) out.hintsRevealed = record.hints;
  if (record.solutionShown) out.solutionShown = true;
  return out;
}

// ---- parse --------------------------------------------------------------------------------------------------

export type ImportErrorKind = 'empty' | 'not-json' | 'not-ours' | 'newer-version' | 'damaged';

export type ParseResult =
  | { ok: true; data: ProgressExport }
  /** `message` is written for the learner: what is wrong with the file, and that nothing was imported. */
  | { ok: false; error: ImportErrorKind; message: string };

const UNCHANGED = 'Nothing was imported; your progress is unchanged.';

/** Reads an export file's text; each way a file can be wrong gets its own message. */
export function parseProgressFile(text: string): ParseResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail('empty', `This file is empty. ${UNCHANGED}`);
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return fail(
      'not-json',
      `This file is not a progress export: it is not JSON. Choose the .json file that "Export progress" saved. ${UNCHANGED}`,
    );
  }
  const fields =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  if (fields.format !== EXPORT_FORMAT) {
    return fail(
      'not-ours',
      `This JSON file is not an Awaitable progress export (it lacks "format": "${EXPORT_FORMAT}"). ` +
        `Choose the file that "Export progress" saved. ${UNCHANGED}`,
    );
  }
  if (typeof fields.version === 'number' && fields.version > EXPORT_VERSION) {
    return fail(
      'newer-version',
      `This progress file was saved by a newer version of Awaitable (format version ${fields.version}; this page ` +
        `reads version ${EXPORT_VERSION}). Reload the page to get the latest site, then import again. ${UNCHANGED}`,
    );
  }
  const parsed = progressExportSchema.safeParse(json);
  if (!parsed.success) {
    const [first, ...rest] = parsed.error.issues;
    const where = first ? describePath(first.path) : 'the file';
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
    return fail(
      'damaged',
      `This progress file is damaged: ${where}: ${first?.message ?? 'unreadable'}${more}. ${UNCHANGED}`,
    );
  }
  return { ok: true, data: parsed.data };
}

function fail(error: ImportErrorKind, message: string): ParseResult {
  return { ok: false, error, message };
}

function describePath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'exercises' && parts.length >= 2) {
    const field = parts.slice(2).join('.');
    return `exercise "${parts[1]}"${field ? `, field "${field}"` : ''}`;
  }
  return parts.length > 0 ? `field "${parts.join('.')}"` : 'the file';
}

// ---- merge --------------------------------------------------------------------------------------------------

export interface ExerciseMerge {
  record: ExerciseRecord;
  /** The exercise had no local progress. */
  added: boolean;
  /** The file's code was newer and replaced the local code. */
  codeUpdated: boolean;
  /** The file had different code, but the local code is newer (or as new) and was kept. */
  codeKept: boolean;
  /** Solved in the file, not locally. */
  newlySolved: boolean;
  /** Anything at all differs from the local record. */
  changed: boolean;
}

/**
 * Merges one exercise from a file into the local record. Imported code gets a new revision stamped `tabId`, so an
 * editor open on the old code sees a conflict instead of silently overwriting it.
 */
export function mergeExercise(local: ExerciseRecord | null, incoming: ExportedExercise, tabId: string): ExerciseMerge {
  const base = local ?? {};
  const merged: ExerciseRecord = { ...base };
  let codeUpdated = false;
  let codeKept = false;
  if (incoming.code !== undefined && incoming.codeSavedAt !== undefined) {
    const savedAt = Date.parse(incoming.codeSavedAt);
    const mine = base.code;
    if (!mine || (savedAt > mine.savedAt && incoming.code !== mine.text)) {
      merged.code = { text: incoming.code, savedAt, rev: (mine?.rev ?? 0) + 1, tab: tabId };
      codeUpdated = true;
    } else if (incoming.code !== mine.text) {
      codeKept = true;
    }
  }
  merged.attemptedAt = earliest(base.attemptedAt, incoming.attemptedAt);
  merged.solvedAt = earliest(base.solvedAt, incoming.solvedAt);
  merged.hints = Math.max(base.hints ?? 0, incoming.hintsRevealed ?? 0);
  merged.solutionShown = Boolean(base.solutionShown || incoming.solutionShown);
  const record = compactRecord(merged);
  const changed = JSON.stringify(compactRecord(base)) !== JSON.stringify(record);
  return {
    record,
    added: local === null && changed,
    codeUpdated,
    codeKept,
    newlySolved: base.solvedAt === undefined && record.solvedAt !== undefined,
    changed,
  };
}

// ---- import -------------------------------------------------------------------------------------------------

export interface ImportReport {
  /** False if some merged exercises could not be written to storage (they are kept in memory for this session). */
  ok: boolean;
  /** Exercises in the file. */
  exercises: number;
  added: number;
  /** Exercises that got the file's code (new ones included). */
  codeUpdated: number;
  /** Of those, exercises whose code here was replaced by the file's newer code. */
  codeReplaced: number;
  codeKept: number;
  newlySolved: number;
  /** Exercises that changed in any way (a superset of the counts above, e.g. more hints revealed). */
  changed: number;
  unchanged: number;
  /** Exercise ids whose merged record could not be saved, and why. */
  failed: { exerciseId: string; reason: StorageFailure }[];
  /** One friendly sentence or two for the learner. */
  summary: string;
}

/** Merges a parsed export into the store and reports what changed. */
export function importProgress(store: ProgressStore, data: ProgressExport): ImportReport {
  const report: ImportReport = {
    ok: true,
    exercises: 0,
    added: 0,
    codeUpdated: 0,
    codeReplaced: 0,
    codeKept: 0,
    newlySolved: 0,
    changed: 0,
    unchanged: 0,
    failed: [],
    summary: '',
  };
  for (const [exerciseId, incoming] of Object.entries(data.exercises)) {
    report.exercises++;
    const local = store.read(exerciseId);
    const merge = mergeExercise(local, incoming, store.tabId);
    if (merge.added) report.added++;
    if (merge.codeUpdated) report.codeUpdated++;
    if (merge.codeUpdated && local?.code) report.codeReplaced++;
    if (merge.codeKept) report.codeKept++;
    if (merge.newlySolved) report.newlySolved++;
    if (!merge.changed) {
      report.unchanged++;
      continue;
    }
    report.changed++;
    const result = store.write(exerciseId, merge.record);
    if (!result.ok) {
      report.ok = false;
      report.failed.push({ exerciseId, reason: result.reason });
    }
  }
  report.summary = describeImport(report);
  return report;
}

/**
 * What an import did, in plain words, e.g. "Brought in progress for 9 exercises you had not started in this
 * browser. 8 of them are now marked solved." Each exercise is counted once in the first sentence; the others say
 * what happened to some of those.
 */
export function describeImport(report: Omit<ImportReport, 'summary'>): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const and = (items: string[]) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  if (report.exercises === 0) return 'The file has no exercises; nothing changed.';
  const sentences: string[] = [];
  if (report.changed === 0) {
    sentences.push(
      report.exercises === 1
        ? 'The exercise in the file matches your progress here; nothing changed.'
        : `All ${report.exercises} exercises in the file match your progress here; nothing changed.`,
    );
  } else {
    const updated = report.changed - report.added;
    const groups: string[] = [];
    if (report.added) groups.push(`${n(report.added, 'exercise')} you had not started in this browser`);
    if (updated) groups.push(`${n(updated, 'exercise')} you had already started`);
    sentences.push(`Brought in progress for ${and(groups)}.`);
    if (report.newlySolved)
      sentences.push(
        report.newlySolved === report.changed
          ? `${report.changed === 1 ? 'It is' : 'All of them are'} now marked solved.`
          : `${report.newlySolved} of them ${report.newlySolved === 1 ? 'is' : 'are'} now marked solved.`,
      );
    if (report.codeReplaced)
      sentences.push(
        `In ${n(report.codeReplaced, 'exercise')} the file's code was newer than yours here, so it replaced it.`,
      );
    if (report.unchanged) sentences.push(`${n(report.unchanged, 'other exercise')} already matched.`);
  }
  if (report.codeKept)
    sentences.push(`Your code here was newer than the file's in ${n(report.codeKept, 'exercise')}, so yours was kept.`);
  if (report.failed.length > 0) {
    sentences.push(
      `${n(report.failed.length, 'exercise')} could not be saved in this browser and will last only until you` +
        ' close this tab.',
    );
  }
  return sentences.join(' ');
}
