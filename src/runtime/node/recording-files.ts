/**
 * Where the build keeps recorded runs (scripts/make-recordings.ts writes, Workbench.astro and Timeline.astro
 * read): one JSON file of recordings for the current runtime, in the build cache beside the snapshot's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunRequest } from '../protocol.ts';
import { recordingKey } from '../recordings/key.ts';
import { parseRecordings, type Recording } from '../recordings/recording.ts';
import { snapshotId } from './snapshot-files.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RECORDINGS_FILE = join(ROOT, 'node_modules/.cache/awaitable-recordings/recordings.json');

/** The runtime id recordings are keyed with: the same id that names the memory snapshot. */
export const runtimeId = (): string => snapshotId();

let cache: { id: string; byKey: Map<string, Recording> } | null = null;

export function readRecordings(): Map<string, Recording> {
  const id = runtimeId();
  if (cache?.id === id) return cache.byKey;
  const raw = existsSync(RECORDINGS_FILE) ? (JSON.parse(readFileSync(RECORDINGS_FILE, 'utf8')) as unknown) : [];
  cache = { id, byKey: new Map(parseRecordings(raw).map((recording) => [recording.key, recording])) };
  return cache.byKey;
}

/** The recordings for these requests that the build has (none for a request it did not record). */
export async function recordingsFor(requests: readonly RunRequest[]): Promise<Recording[]> {
  const byKey = readRecordings();
  const id = runtimeId();
  const found: Recording[] = [];
  for (const request of requests) {
    const recording = byKey.get(await recordingKey(request, id));
    if (recording && !found.includes(recording)) found.push(recording);
  }
  // Test-only build flag (tests/e2e/recorded-run.spec.ts): each page's first recording is stale on purpose —
  // made for other code, and saying so — so the test can prove the page never replays it.
  if (process.env.AWAITABLE_STALE_RECORDING === '1' && found.length) {
    const other = { ...requests[0]!, source: requests[0]!.source + '# edited\n' };
    const text = 'STALE RECORDING\n';
    const result = { ...found[0]!.result, stdout: text, output: [{ stream: 'stdout' as const, text, t: 0 }] };
    found[0] = { key: await recordingKey(other, id), result };
  }
  return found;
}
