/**
 * Source → runnable program: compile (esbuild), then instrument (acorn). Runs where esbuild is (the compiler
 * worker in the browser, the main thread in Node); its output goes to a fresh runner thread.
 */
import type { RunError } from '../runtime/protocol.ts';
import { compileTypeScript, type Transformer } from './compile.ts';
import { instrument } from './instrument.ts';
import type { CompiledProgram } from './runner.ts';
import { programTooLargeMessage } from './wording.ts';

export const MAX_SOURCE_CHARS = 1_000_000;

export type Prepared = { ok: true; program: CompiledProgram } | { ok: false; error: RunError };

export async function prepareProgram(esbuild: Transformer, source: string, filename: string): Promise<Prepared> {
  if (source.length > MAX_SOURCE_CHARS)
    return {
      ok: false,
      error: { type: 'ProgramTooLarge', message: programTooLargeMessage(source.length, MAX_SOURCE_CHARS), line: null },
    };
  const compiled = await compileTypeScript(esbuild, source, filename);
  if (!compiled.ok) return { ok: false, error: { ...compiled.error } };
  const result = instrument(compiled.code, compiled.lines);
  if (!result.ok) return { ok: false, error: result.error };
  return {
    ok: true,
    program: { code: result.code, lines: compiled.lines, functions: result.functions, source, filename },
  };
}
