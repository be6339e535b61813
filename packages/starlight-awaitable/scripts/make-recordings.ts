// Build step (runs in `prebuild`, after make-snapshot.ts): records every run a page can make on unmodified code —
// each program beside a lesson as its <Example>/<Timeline> runs it, each exercise starter's Run and Check — with
// the Node runtime (the same package and Pyodide as the browser), keyed by src/runtime/recordings/key.ts. Runs
// that hit the wall-clock limit or crash are never recorded. Recordings whose key is already in the cache are
// reused, so a build re-runs only programs (or a runtime) that changed. Workbench.astro and Timeline.astro embed
// the ones their page needs (src/runtime/node/recording-files.ts). AWAITABLE_RECORDINGS=off skips it.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readExerciseFolder } from '../src/content/exercise-folder.ts';
import { gradingRunOptions } from '../src/grading/grade.ts';
import { createNodeRuntime } from '../src/runtime/node/node-runtime.ts';
import { RECORDINGS_FILE, readRecordingsFile } from '../src/runtime/node/recording-files.ts';
import { snapshotId } from '../src/runtime/node/snapshot-files.ts';
import type { RunRequest } from '../src/runtime/protocol.ts';
import { DEFAULT_TIME_LIMIT } from '../src/runtime/session.ts';
import { recordingKey } from '../src/runtime/recordings/key.ts';
import { isRecordable, type Recording } from '../src/runtime/recordings/recording.ts';
import { parseLesson } from '../src/content/lesson-mdx.ts';
import { checkReferences } from './content-check/references.ts';
import { COURSE, lessonsOf } from './content-check/targets.ts';

if (process.env.AWAITABLE_RECORDINGS === 'off') {
  writeRecordings('', []);
  console.log('Recordings: skipped (AWAITABLE_RECORDINGS=off); every run goes to Python.');
  process.exit(0);
}

/** As Workbench.astro and Timeline.astro tidy the code they show. */
const tidy = (text: string) => text.replace(/\s+$/, '') + '\n';

function requestsOf(dir: string): RunRequest[] {
  const requests: RunRequest[] = [];
  const indexFile = join(dir, 'index.mdx');
  const references = existsSync(indexFile) ? checkReferences(dir, parseLesson(readFileSync(indexFile, 'utf8'))) : null;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    // .py only: TypeScript programs (language="typescript") run live, there is nothing to record for them.
    if (entry.endsWith('.py') && statSync(path).isFile())
      requests.push({
        source: tidy(readFileSync(path, 'utf8')),
        filename: references?.shownAs.get(entry) ?? 'main.py',
        stdin: null,
        cpuTime: !references?.pureTimePrograms.has(entry),
        trace: true,
      });
    else if (existsSync(join(path, 'exercise.json'))) {
      const { spec } = readExerciseFolder(path);
      if (spec.language === 'typescript') continue; // TypeScript runs live (README → "Recorded runs")
      const source = tidy(readFileSync(join(path, spec.starter), 'utf8'));
      const run: RunRequest = { source, filename: 'main.py', stdin: spec.stdin ?? null, cpuTime: spec.cpuTime };
      const { inspect, checks } = gradingRunOptions(spec, source);
      requests.push({ ...run, trace: true }, { ...run, inspect, checks, trace: true });
    }
  }
  return requests;
}

function writeRecordings(runtimeId: string, recordings: Recording[]): void {
  mkdirSync(dirname(RECORDINGS_FILE), { recursive: true });
  writeFileSync(RECORDINGS_FILE + '.tmp', JSON.stringify({ runtimeId, recordings }));
  renameSync(RECORDINGS_FILE + '.tmp', RECORDINGS_FILE);
}

const started = performance.now();
// The runtime id: the same hash of the runtime's sources (and Pyodide's version) that names the snapshot.
const id = snapshotId();
const previous = readRecordingsFile();
const known = new Map(
  previous.runtimeId === id ? previous.recordings.map((recording) => [recording.key, recording]) : [],
);
const runtime = createNodeRuntime(DEFAULT_TIME_LIMIT); // the browser's limit: what times out there is not recorded
const recordings = new Map<string, Recording>();
let ran = 0;
let skipped = 0;
/** Gzip bytes of each lesson page's recordings, to weigh inlining them against fetching them. */
const pageBytes: number[] = [];
for (const lesson of lessonsOf(COURSE)) {
  const page: Recording[] = [];
  for (const request of requestsOf(lesson.dir)) {
    const key = await recordingKey(request, id);
    const done = recordings.get(key);
    if (done) {
      page.push(done);
      continue;
    }
    const cached = known.get(key);
    if (cached) {
      recordings.set(key, cached);
      page.push(cached);
      continue;
    }
    const result = await runtime.run(request);
    ran++;
    if (isRecordable(result)) {
      recordings.set(key, { key, result });
      page.push({ key, result });
    } else {
      skipped++;
      console.warn(`Recordings: not recording a run in ${lesson.slug} that ended with ${result.error?.type}`);
    }
  }
  pageBytes.push(gzipSync(JSON.stringify(page)).length);
}
pageBytes.sort((a, b) => a - b);
runtime.dispose();
writeRecordings(id, [...recordings.values()]);
const bytes = statSync(RECORDINGS_FILE).size;
console.log(
  `Recordings ${id}: ${recordings.size} runs (${ran} run now, ${skipped} not recordable), ` +
    `${(bytes / 1e6).toFixed(2)} MB JSON; per lesson page ${(pageBytes[pageBytes.length >> 1]! / 1e3).toFixed(1)} KB ` +
    `gzip median, ${(pageBytes.at(-1)! / 1e3).toFixed(1)} KB largest; in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(0);
