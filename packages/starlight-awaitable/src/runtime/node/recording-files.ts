/**
 * Where the build keeps recorded runs (scripts/make-recordings.ts writes, Workbench.astro and Timeline.astro
 * read): one JSON file of recordings for the current runtime, in the build cache beside the snapshot's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunRequest } from '../protocol.ts';
import { recordingKey } from '../recordings/key.ts';
import { parseRecordings, type Recording } from '../recordings/recording.ts';

// In the worktree (node_modules may be shared between checkouts), relative to the working directory (the repository: npm scripts run there), not to this module, which Astro
// bundles elsewhere when it renders pages.
export const RECORDINGS_FILE = join(process.cwd(), '.cache/recordings.json');

export interface RecordingsFile {
  /** The runtime id every key was made with (snapshotId(): the hash that names the memory snapshot). */
  runtimeId: string;
  recordings: Recording[];
}

export function readRecordingsFile(): RecordingsFile {
  const raw = existsSync(RECORDINGS_FILE) ? (JSON.parse(readFileSync(RECORDINGS_FILE, 'utf8')) as unknown) : null;
  if (typeof raw !== 'object' || raw === null) return { runtimeId: '', recordings: [] };
  const { runtimeId, recordings } = raw as { runtimeId?: unknown; recordings?: unknown };
  return { runtimeId: typeof runtimeId === 'string' ? runtimeId : '', recordings: parseRecordings(recordings) };
}

let cache: { id: string; byKey: Map<string, Recording> } | null = null;

function readRecordings(): { id: string; byKey: Map<string, Recording> } {
  if (cache) return cache;
  const file = readRecordingsFile();
  cache = { id: file.runtimeId, byKey: new Map(file.recordings.map((recording) => [recording.key, recording])) };
  return cache;
}

/** The recordings for these requests that the build has (none for a request it did not record). */
export async function recordingsFor(requests: readonly RunRequest[]): Promise<Recording[]> {
  // Keys made with an older runtime id simply never match the page's (astro.config.mjs's __RUNTIME_ID__).
  const { id, byKey } = readRecordings();
  if (!id) return [];
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
