/** Builders of run results and analysis answers for the grading unit tests (not used by the site). */
import type { RunResult, TraceEvent } from '../runtime/protocol.ts';
import { ANALYSIS_MARKER, type Finding } from './analysis.ts';
import { exerciseSchema, type ExerciseSpec } from './schema.ts';

export function run(overrides: Partial<RunResult> = {}): RunResult {
  return {
    stdout: '',
    stderr: '',
    exitCode: 0,
    elapsed: 0,
    error: null,
    output: [],
    events: [],
    inspection: { names: [], constructs: [] },
    ...overrides,
  };
}

export function spec(checks: unknown[]): ExerciseSpec {
  return exerciseSchema.parse({ title: 't', goal: 'A goal sentence for a test.', hints: ['h'], checks });
}

/** The analysis check's answer, as the runtime returns it. */
export function analysisAnswer(findings: Finding[], parsed = true) {
  return { passed: false, message: ANALYSIS_MARKER + JSON.stringify({ parsed, findings }) };
}

/** `output` trace events, one per [time, text]. */
export function outputEvents(...writes: [number, string][]): TraceEvent[] {
  return writes.map(([t, text], index) => ({
    seq: index + 1,
    t,
    kind: 'output',
    stream: 'stdout',
    text,
    task: 'Task-1',
    thread: null,
  }));
}
