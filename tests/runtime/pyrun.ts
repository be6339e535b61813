/** Test helper: runs the pyrun CLI exactly as a user would (same Node, same arguments). */
import { spawnSync } from 'node:child_process';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function pyrun(args: string[], options: { input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, ['packages/starlight-awaitable/src/runtime/node/pyrun.ts', ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonRun {
  file: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  elapsed: number;
  error: { type: string; message: string; line: number | null } | null;
  events?: Array<{ seq: number; t: number; kind: string; [key: string]: unknown }>;
}

/** Runs files with --json and returns one parsed record per file. */
export function pyrunJson(files: string[], extra: string[] = []): JsonRun[] {
  const run = pyrun([...files, '--json', ...extra]);
  if (run.status !== 0) throw new Error(`pyrun --json failed (${run.status}):\n${run.stderr}`);
  return run.stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as JsonRun);
}
