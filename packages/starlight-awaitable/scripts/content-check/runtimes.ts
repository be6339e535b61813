/**
 * The content checker's runtime: Python for .py programs, the JavaScript runtime for .ts ones (chosen by the
 * request's file name, which every caller sets to the file it runs), so lessons, exercises and attempts are
 * checked by the same code whatever their language. The JavaScript runtime starts only if a .ts file is run.
 */
import { createNodeJsRuntime, stopCompiler } from '../../src/jsrun/node/js-runtime.ts';
import type { RunRequest, RunResult } from '../../src/runtime/protocol.ts';
import type { RuntimeSession, SessionRunOptions } from '../../src/runtime/session.ts';

export const isTypeScriptFile = (file: string) => /\.ts$/.test(file);

export interface CheckerRuntime {
  run(request: RunRequest, options?: SessionRunOptions): Promise<RunResult>;
  dispose(): void;
}

export function checkerRuntime(python: RuntimeSession, timeLimitSeconds: number): CheckerRuntime {
  let javascript: RuntimeSession | null = null;
  return {
    run(request, options) {
      if (!isTypeScriptFile(request.filename ?? '')) return python.run(request, options);
      javascript ??= createNodeJsRuntime(timeLimitSeconds);
      return javascript.run(request, options);
    },
    dispose() {
      python.dispose();
      if (javascript) {
        javascript.dispose();
        stopCompiler();
      }
    },
  };
}
