import { browserStorage, ProgressStore } from '../../progress/index.ts';

let shared: ProgressStore | null = null;

/** One progress store per page: every exercise and the progress page share its tab id and storage. */
export function pageStore(): ProgressStore {
  shared ??= new ProgressStore({ storage: browserStorage() });
  return shared;
}
