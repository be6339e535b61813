/**
 * The text of a run's blob module: it imports the runner worker's module (which locks the worker down first) and
 * hands it the learner's program as a function, written on the line after a probe so that stack frames map back
 * to the learner's lines (runner.ts, `programLocation`). A module loaded from a blob: URL is a script the page's
 * policy allows (`worker-src blob:`), where `new Function` would need 'unsafe-eval'.
 */
import { programSource } from '../runner.ts';

/** The global the runner module defines for the blob module's one call (deleted by that call). */
export const PROGRAM_HANDOVER = '__awaitableProgram';

export function runnerBlobSource(runnerURL: string, code: string): string {
  return [
    `import ${JSON.stringify(runnerURL)};`,
    'const __probe = () => new Error().stack;',
    `globalThis[${JSON.stringify(PROGRAM_HANDOVER)}](__probe, ${programSource(code)});`,
    '',
  ].join('\n');
}
