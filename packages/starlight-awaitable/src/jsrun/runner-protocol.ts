/**
 * Messages between the JavaScript host (js-host-thread.ts) and a runner thread (one per run). The runner's only
 * way out is the private reference to postMessage its own code took before the program ran; every message carries
 * the runner's secret token, which the program never sees.
 */
import type { OutputChunk, RunResult } from '../runtime/protocol.ts';
import type { CompiledProgram } from './runner.ts';

export type RunnerRequest = { type: 'exec'; token: string; program: CompiledProgram; trace: boolean };

export type RunnerMessage =
  { type: 'output'; token: string; chunk: OutputChunk } | { type: 'result'; token: string; result: RunResult };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function parseRunnerMessage(value: unknown, token: string): RunnerMessage | null {
  if (!isObject(value) || value.token !== token) return null;
  if (value.type === 'output' && isObject(value.chunk)) return value as RunnerMessage;
  if (value.type === 'result' && isObject(value.result)) return value as RunnerMessage;
  return null;
}
