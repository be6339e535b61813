/**
 * Messages between the page and the compiler worker (compiler-worker.ts): the worker only compiles and
 * instruments (esbuild + acorn); no learner code ever runs in it.
 */
import type { Prepared } from '../prepare.ts';

export type CompilerRequest =
  { type: 'start'; wasmURL: string } | { type: 'prepare'; id: number; source: string; filename: string };

export type CompilerMessage =
  | { type: 'started' }
  | { type: 'failed'; id: number | null; message: string }
  | { type: 'prepared'; id: number; prepared: Prepared };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function parseCompilerMessage(value: unknown): CompilerMessage | null {
  if (!isObject(value)) return null;
  if (value.type === 'started') return { type: 'started' };
  if (value.type === 'failed' && typeof value.message === 'string')
    return { type: 'failed', id: typeof value.id === 'number' ? value.id : null, message: value.message };
  if (value.type === 'prepared' && typeof value.id === 'number' && isObject(value.prepared))
    return value as CompilerMessage;
  return null;
}
