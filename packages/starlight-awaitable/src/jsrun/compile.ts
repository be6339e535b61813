/**
 * Compiling the learner's TypeScript (or JavaScript) to JavaScript with esbuild: types stripped, syntax checked,
 * with a source map so that every later line number (hooks, errors, the trace) is the learner's. esbuild itself is
 * passed in (esbuild-wasm in the browser worker and in Node), so this module loads nothing.
 */
import { compiledToSourceLines } from './source-lines.ts';
import { compileErrorMessage } from './wording.ts';

/** The part of esbuild's API we use (`transform` of esbuild-wasm, in the browser or in Node). */
export interface Transformer {
  transform(
    input: string,
    options: { loader: 'ts'; sourcemap: 'external'; sourcefile: string; target: string; format?: undefined },
  ): Promise<{ code: string; map: string }>;
}

export interface CompileError {
  /** `SyntaxError` (esbuild reports type-strip problems as syntax errors too). */
  type: 'SyntaxError';
  message: string;
  line: number | null;
  column: number | null;
}

export type Compiled =
  | {
      ok: true;
      code: string;
      /** For each line of `code` (index 0 = line 1): the learner's line it came from, or null. */
      lines: (number | null)[];
    }
  | { ok: false; error: CompileError };

interface EsbuildMessage {
  text: string;
  location: { line: number; column: number; lineText: string } | null;
}

const isMessageList = (value: unknown): value is EsbuildMessage[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && 'text' in item);

export async function compileTypeScript(esbuild: Transformer, source: string, filename: string): Promise<Compiled> {
  try {
    // es2024: what Node 22 and current browsers run natively, so esbuild rewrites nothing the learner wrote
    // (async/await, classes, `using` aside) and the program keeps its exact microtask behaviour.
    const result = await esbuild.transform(source, {
      loader: 'ts',
      sourcemap: 'external',
      sourcefile: filename,
      target: 'es2024',
    });
    return { ok: true, code: result.code, lines: compiledToSourceLines(result.map) };
  } catch (error) {
    const errors = (error as { errors?: unknown }).errors;
    const first = isMessageList(errors) ? errors[0] : undefined;
    if (!first) throw error; // not a compile error: esbuild itself failed
    const line = first.location?.line ?? null;
    return {
      ok: false,
      error: {
        type: 'SyntaxError',
        message: compileErrorMessage(first.text, line),
        line,
        column: first.location ? first.location.column + 1 : null,
      },
    };
  }
}
