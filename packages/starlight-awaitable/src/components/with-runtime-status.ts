/**
 * The sequence every element that runs code goes through: show the runtime's status ("Loading Python… (40%)",
 * "Running…") while it works, run, then stop listening — also when the run throws — so the element's own
 * message about the finished run is not overwritten by a later status change.
 */
import type { RuntimeStatus } from '../runtime/session.ts';
import { describeStatus } from './run-status.ts';

/** The part of the runtime session this needs (pageRuntime() is one). */
export interface StatusSource {
  onStatus(listener: (status: RuntimeStatus) => void): () => void;
}

export async function withRuntimeStatus<T>(
  runtime: StatusSource,
  showStatus: (text: string) => void,
  run: () => Promise<T>,
  /** The runtime's name in status lines ("Python", "JavaScript"). */
  name?: string,
): Promise<T> {
  const unsubscribe = runtime.onStatus((status) => showStatus(describeStatus(status, name)));
  try {
    return await run();
  } finally {
    unsubscribe();
  }
}
