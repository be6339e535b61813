/**
 * A recorded run: what the build's runtime answered to one request (scripts/make-recordings.ts), shipped in the
 * page so that Run, Timeline and Check on unmodified code answer at once while Python starts. Free of Node and
 * DOM APIs: used by the build, the page and the tests.
 */
import {
  CRASH_ERROR,
  INTERRUPTED_ERROR,
  parseHostMessage,
  STOPPED_ERROR,
  TIME_LIMIT_ERROR,
  type RunRequest,
  type RunResult,
} from '../protocol.ts';
import { recordingKey } from './key.ts';

export interface Recording {
  /** recordingKey(request, runtime id) of the request that produced it. */
  key: string;
  result: RunResult;
}

/**
 * Ends that depend on the machine rather than the program (a wall-clock limit, a crash, a stop, running out of
 * memory): such a run is never recorded, as the Go playground never caches time-outs.
 */
const UNRECORDABLE = new Set([TIME_LIMIT_ERROR, CRASH_ERROR, STOPPED_ERROR, INTERRUPTED_ERROR, 'MemoryError']);

export function isRecordable(result: RunResult): boolean {
  return !result.error || !UNRECORDABLE.has(result.error.type);
}

/** Validates recordings read from a page (the same checks as a result from the runtime thread); drops bad ones. */
export function parseRecordings(value: unknown): Recording[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { key, result } = item as { key?: unknown; result?: unknown };
    if (typeof key !== 'string' || !/^[0-9a-f]{64}$/.test(key)) return [];
    const parsed = parseHostMessage({ type: 'result', id: 0, result, token: 'recording' }, 'recording');
    return parsed?.type === 'result' && isRecordable(parsed.result) ? [{ key, result: parsed.result }] : [];
  });
}

/** The recording made for exactly this request under this runtime, or null. */
export async function findRecording(
  recordings: readonly Recording[],
  request: RunRequest,
  runtimeId: string,
): Promise<RunResult | null> {
  if (recordings.length === 0 || !runtimeId || !globalThis.crypto?.subtle) return null;
  const key = await recordingKey(request, runtimeId);
  return recordings.find((recording) => recording.key === key)?.result ?? null;
}
