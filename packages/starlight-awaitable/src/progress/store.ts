/**
 * Typed reads and writes of learner progress over a StorageLike (localStorage in the browser, a fake in tests).
 *
 * Why it looks like this:
 * - One key per exercise (see keys.ts), read fresh on every query: another tab may have written since, and
 *   localStorage reads are synchronous and cheap.
 * - Failures never throw. A write that storage refuses (quota, disabled storage) is kept in memory, so the rest
 *   of this session still sees it, and the caller gets a result saying what happened.
 * - Damaged values are ignored (keeping any readable fields) and reported once per key, never fatal.
 * - Code saves are conflict-aware: each save names the version it was based on, and a save over a version written
 *   by someone else since is refused with their code, so two tabs never silently overwrite each other.
 */
import { exerciseKey, isOurKey, META_KEY, parseExerciseKey } from './keys.ts';
import {
  compactRecord,
  exerciseRecordSchema,
  metaSchema,
  salvageRecord,
  STORAGE_VERSION,
  type ExerciseRecord,
  type ProgressMeta,
  type StoredCode,
} from './schema.ts';
import {
  safeGet,
  safeKeys,
  safeRemove,
  safeSet,
  WRITE_OK,
  type StorageFailure,
  type StorageLike,
  type WriteResult,
} from './storage.ts';

/** One version of an exercise's saved code: the save counter and the tab that wrote it. */
export interface Revision {
  rev: number;
  tab: string;
}

export interface SavedCode {
  code: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  revision: Revision;
}

export type SaveResult =
  /** Written (or, when `ok` is false, kept in memory only: `reason` says why). `revision` is the new base. */
  | ({ status: 'saved'; revision: Revision; savedAt: number } & WriteResult)
  /** Storage holds code another tab saved after the version this save was based on; nothing was written. */
  | { status: 'conflict'; theirs: SavedCode };

export type ExerciseStatus = 'not-started' | 'started' | 'attempted' | 'solved';

/** What the UI shows about one exercise (sidebar, "Your progress" page). */
export interface ExerciseState {
  id: string;
  status: ExerciseStatus;
  /** ISO date of the first time it was solved, or null. */
  solvedAt: string | null;
  /** ISO date of the first run or check, or null. */
  attemptedAt: string | null;
  /** When the code was last saved (ms since the epoch), or null if the learner never edited it. */
  codeSavedAt: number | null;
  hintsRevealed: number;
  solutionShown: boolean;
}

export interface LessonProgress {
  total: number;
  solved: number;
  /** Every exercise solved. A lesson without exercises is never "complete" (there is nothing to check off). */
  complete: boolean;
}

/** Something the learner may need to know about, reported once through `onIssue`. */
export type StoreIssue =
  | { kind: 'corrupt'; key: string; exerciseId: string | null; salvaged: boolean; message: string }
  | { kind: 'storage'; reason: StorageFailure; message: string };

export interface ProgressStoreOptions {
  /** Where to persist; null when storage is unavailable (everything then lives in memory for this session). */
  storage: StorageLike | null;
  /** Clock in ms since the epoch; injectable for tests. */
  now?: () => number;
  /** This tab's id, stamped on the code it saves. Random by default. */
  tabId?: string;
  onIssue?: (issue: StoreIssue) => void;
}

interface Unpersisted {
  record: ExerciseRecord;
  /** The raw storage value when our write failed; if storage changes from it, another tab wrote since. */
  base: string | null | undefined;
}

export class ProgressStore {
  readonly tabId: string;
  readonly now: () => number;

  private readonly storage: StorageLike | null;
  private readonly onIssue: (issue: StoreIssue) => void;
  private readonly unpersisted = new Map<string, Unpersisted>();
  private readonly reported = new Set<string>();
  private readonly issueLog: StoreIssue[] = [];
  private metaChecked = false;

  constructor(options: ProgressStoreOptions) {
    this.storage = options.storage;
    this.now = options.now ?? Date.now;
    this.tabId = options.tabId ?? randomTabId();
    this.onIssue = options.onIssue ?? (() => {});
  }

  /** False when storage is unavailable: progress lasts only as long as this page. */
  get persistent(): boolean {
    return this.storage !== null;
  }

  /** Every issue reported so far (each at most once). */
  get issues(): readonly StoreIssue[] {
    return this.issueLog;
  }

  // ---- code -------------------------------------------------------------------------------------------------

  /** The exercise's saved code, or null if the learner has not edited it. Use `revision` as the next save's base. */
  loadCode(exerciseId: string): SavedCode | null {
    const code = this.read(exerciseId)?.code;
    return code ? toSavedCode(code) : null;
  }

  /**
   * Saves code unless storage holds a version other than `basedOn` (the revision this editor loaded or last saved;
   * null if it started from no saved code), in which case the save is refused with their code.
   */
  saveCode(exerciseId: string, code: string, options: { basedOn: Revision | null }): SaveResult {
    const current = this.read(exerciseId);
    const stored = current?.code;
    if (stored && !sameRevision(stored, options.basedOn)) return { status: 'conflict', theirs: toSavedCode(stored) };
    return this.writeCode(exerciseId, current, code, options.basedOn);
  }

  /** Saves code whatever storage holds (the learner chose "keep mine" after a conflict). */
  forceSave(exerciseId: string, code: string): SaveResult {
    return this.writeCode(exerciseId, this.read(exerciseId), code, null);
  }

  // ---- attempts, solved, hints ------------------------------------------------------------------------------

  /** Records the first run or check of the exercise. */
  markAttempted(exerciseId: string): WriteResult {
    const at = this.isoNow();
    return this.update(exerciseId, (record) => (record.attemptedAt ? record : { ...record, attemptedAt: at }));
  }

  /** Records that the checks passed. The earliest solved date is kept, so solving again changes nothing. */
  markSolved(exerciseId: string, when?: Date): WriteResult {
    const at = when && !Number.isNaN(when.getTime()) ? when.toISOString() : this.isoNow();
    return this.update(exerciseId, (record) => ({
      ...record,
      attemptedAt: earliest(record.attemptedAt, at),
      solvedAt: earliest(record.solvedAt, at),
    }));
  }

  /** Records how many hints are revealed (never decreases: two tabs revealing different counts keep the larger). */
  setHintsRevealed(exerciseId: string, count: number): WriteResult {
    const hints = Math.max(0, Math.floor(count));
    return this.update(exerciseId, (record) => (hints > (record.hints ?? 0) ? { ...record, hints } : record));
  }

  /** Records that the learner looked at the model solution. */
  markSolutionShown(exerciseId: string): WriteResult {
    return this.update(exerciseId, (record) => (record.solutionShown ? record : { ...record, solutionShown: true }));
  }

  // ---- queries ----------------------------------------------------------------------------------------------

  getState(exerciseId: string): ExerciseState {
    return toState(exerciseId, this.read(exerciseId));
  }

  /** Every exercise with any progress, sorted by id (for the "Your progress" page). */
  list(): ExerciseState[] {
    return this.exerciseIds().map((id) => this.getState(id));
  }

  /** Ids of every exercise with stored progress, sorted. */
  exerciseIds(): string[] {
    const ids = new Set(this.unpersisted.keys());
    for (const key of safeKeys(this.storage)) {
      const id = parseExerciseKey(key);
      if (id !== null) ids.add(id);
    }
    return [...ids].filter((id) => this.read(id) !== null).sort();
  }

  /** Solved count for a lesson's exercises, for the sidebar's check mark. */
  lessonProgress(exerciseIds: readonly string[]): LessonProgress {
    const solved = exerciseIds.filter((id) => this.read(id)?.solvedAt !== undefined).length;
    return { total: exerciseIds.length, solved, complete: exerciseIds.length > 0 && solved === exerciseIds.length };
  }

  isLessonComplete(exerciseIds: readonly string[]): boolean {
    return this.lessonProgress(exerciseIds).complete;
  }

  // ---- whole store ------------------------------------------------------------------------------------------

  /** Removes every key under our prefix (and nothing else), and forgets in-memory progress. The UI confirms first. */
  resetAll(): WriteResult & { removed: number } {
    let removed = this.unpersisted.size;
    this.unpersisted.clear();
    this.reported.clear();
    this.metaChecked = false;
    if (!this.storage) return { ...WRITE_OK, removed };
    let result: WriteResult = WRITE_OK;
    removed = 0;
    for (const key of safeKeys(this.storage).filter(isOurKey)) {
      const outcome = safeRemove(this.storage, key);
      if (outcome.ok) removed++;
      else if (result.ok) result = outcome;
    }
    return { ...result, removed };
  }

  meta(): ProgressMeta | null {
    const raw = safeGet(this.storage, META_KEY);
    if (raw === null || raw === undefined) return null;
    const meta = metaSchema.safeParse(parseJson(raw));
    return meta.success ? meta.data : null;
  }

  /** Remembers when progress was last exported (shown as "last backup"). */
  recordExport(at: string = this.isoNow()): WriteResult {
    const meta = this.meta() ?? { version: STORAGE_VERSION, createdAt: at };
    return this.report(safeSet(this.storage, META_KEY, JSON.stringify({ ...meta, lastExportedAt: at })));
  }

  // ---- low level (used by export/import) ----------------------------------------------------------------------

  /** The exercise's record, or null if there is none (or it is unreadable). */
  read(exerciseId: string): ExerciseRecord | null {
    const key = exerciseKey(exerciseId);
    const raw = safeGet(this.storage, key);
    const pending = this.unpersisted.get(exerciseId);
    if (pending) {
      // Our newer value never reached storage. It stands until someone else writes that key.
      if (raw === undefined || raw === pending.base) return pending.record;
      this.unpersisted.delete(exerciseId);
    }
    if (raw === null || raw === undefined) return null;
    return this.parse(key, exerciseId, raw);
  }

  /** Read-modify-write of one exercise's record; `change` returning its argument unchanged writes nothing. */
  update(exerciseId: string, change: (record: ExerciseRecord) => ExerciseRecord): WriteResult {
    const current = this.read(exerciseId) ?? {};
    const next = change(current);
    if (next === current) return WRITE_OK;
    return this.write(exerciseId, next);
  }

  /** Writes a whole record; on failure keeps it in memory for this session and says why. */
  write(exerciseId: string, record: ExerciseRecord): WriteResult {
    const key = exerciseKey(exerciseId);
    const value = compactRecord(record);
    const result = safeSet(this.storage, key, JSON.stringify(value));
    if (result.ok) {
      this.unpersisted.delete(exerciseId);
      this.ensureMeta();
    } else {
      const base = this.unpersisted.get(exerciseId)?.base ?? safeGet(this.storage, key);
      this.unpersisted.set(exerciseId, { record: value, base });
    }
    return this.report(result);
  }

  // ---- internals --------------------------------------------------------------------------------------------

  private writeCode(
    exerciseId: string,
    current: ExerciseRecord | null,
    text: string,
    basedOn: Revision | null,
  ): SaveResult {
    const stored = current?.code;
    if (stored && stored.text === text) {
      // Nothing new to write; the stored version becomes this editor's base.
      return { status: 'saved', revision: { rev: stored.rev, tab: stored.tab }, savedAt: stored.savedAt, ...WRITE_OK };
    }
    const code: StoredCode = {
      text,
      savedAt: this.now(),
      rev: Math.max(stored?.rev ?? 0, basedOn?.rev ?? 0) + 1,
      tab: this.tabId,
    };
    const result = this.write(exerciseId, { ...current, code });
    return { status: 'saved', revision: { rev: code.rev, tab: code.tab }, savedAt: code.savedAt, ...result };
  }

  private parse(key: string, exerciseId: string, raw: string): ExerciseRecord | null {
    const json = parseJson(raw);
    const parsed = exerciseRecordSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    const salvaged = salvageRecord(json);
    this.issue(key, {
      kind: 'corrupt',
      key,
      exerciseId,
      salvaged: salvaged !== null,
      message: salvaged
        ? `Part of the saved progress for "${exerciseId}" was damaged and has been ignored; the rest is kept.`
        : `The saved progress for "${exerciseId}" was damaged and has been ignored.`,
    });
    return salvaged;
  }

  private ensureMeta(): void {
    if (this.metaChecked) return;
    this.metaChecked = true;
    const raw = safeGet(this.storage, META_KEY);
    if (raw !== null && raw !== undefined && metaSchema.safeParse(parseJson(raw)).success) return;
    if (raw !== null && raw !== undefined) {
      this.issue(META_KEY, {
        kind: 'corrupt',
        key: META_KEY,
        exerciseId: null,
        salvaged: false,
        message: 'Some saved settings were damaged and have been reset.',
      });
    }
    const meta: ProgressMeta = { version: STORAGE_VERSION, createdAt: this.isoNow() };
    safeSet(this.storage, META_KEY, JSON.stringify(meta));
  }

  /** Passes a write result through, reporting a storage failure once per reason until a write succeeds again. */
  private report(result: WriteResult): WriteResult {
    if (result.ok) {
      for (const tag of [...this.reported]) if (tag.startsWith('storage:')) this.reported.delete(tag);
    } else {
      this.issue(`storage:${result.reason}`, { kind: 'storage', reason: result.reason, message: result.message });
    }
    return result;
  }

  private issue(tag: string, issue: StoreIssue): void {
    if (this.reported.has(tag)) return;
    this.reported.add(tag);
    this.issueLog.push(issue);
    try {
      this.onIssue(issue);
    } catch (error) {
      rethrowLater(error); // a failing listener must not break saving, but must not vanish either
    }
  }

  private isoNow(): string {
    return new Date(this.now()).toISOString();
  }
}

export function sameRevision(code: { rev: number; tab: string }, revision: Revision | null): boolean {
  return revision !== null && code.rev === revision.rev && code.tab === revision.tab;
}

/** A short random id for this tab; not security-sensitive, and crypto.randomUUID is missing on plain http. */
export function randomTabId(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}

function toSavedCode(code: StoredCode): SavedCode {
  return { code: code.text, savedAt: code.savedAt, revision: { rev: code.rev, tab: code.tab } };
}

function toState(id: string, record: ExerciseRecord | null): ExerciseState {
  const status: ExerciseStatus = record?.solvedAt
    ? 'solved'
    : record?.attemptedAt
      ? 'attempted'
      : record?.code
        ? 'started'
        : 'not-started';
  return {
    id,
    status,
    solvedAt: record?.solvedAt ?? null,
    attemptedAt: record?.attemptedAt ?? null,
    codeSavedAt: record?.code?.savedAt ?? null,
    hintsRevealed: record?.hints ?? 0,
    solutionShown: record?.solutionShown ?? false,
  };
}

/** The earlier of two ISO dates (either may be missing). */
export function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

/** Reports an error from a UI callback on the console (as uncaught) without unwinding our caller. */
export function rethrowLater(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
