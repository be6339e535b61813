/**
 * Learner progress kept in the browser (localStorage, no account): autosaved code, attempted/solved state, hints,
 * export/import and cross-tab safety. The UI imports from here; each module below has one job.
 */
export { AutosaveController, Debouncer, realScheduler, type ExternalChange, type Scheduler } from './autosave.ts';
export {
  parseStorageEvent,
  subscribeToProgressChanges,
  type ProgressChange,
  type StorageEventLike,
  type StorageEventTarget,
} from './cross-tab.ts';
export {
  describeImport,
  exportFileName,
  exportProgress,
  importProgress,
  mergeExercise,
  parseProgressFile,
  serializeProgress,
  type ImportErrorKind,
  type ImportReport,
  type ParseResult,
} from './export.ts';
export { exerciseKey, KEY_PREFIX, META_KEY, parseExerciseKey } from './keys.ts';
export type { ExerciseRecord, ProgressExport } from './schema.ts';
export {
  browserStorage,
  describeStorageProblem,
  type StorageFailure,
  type StorageLike,
  type WriteResult,
} from './storage.ts';
export {
  ProgressStore,
  type ExerciseState,
  type ExerciseStatus,
  type LessonProgress,
  type Revision,
  type SavedCode,
  type SaveResult,
  type StoreIssue,
} from './store.ts';
