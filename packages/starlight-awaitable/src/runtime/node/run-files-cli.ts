/**
 * What pyrun and jsrun share: reading the files, the wall-clock limit option, and writing each result, plain (the
 * program's own output, in order) or as one JSON line (README → Command-line runner).
 */
import { readFileSync, writeSync } from 'node:fs';
import type { RunResult } from '../protocol.ts';

/** Each file's text, or `fail` (exit status 2) naming the first that cannot be read. */
export function readSources(files: readonly string[], fail: (message: string) => never): string[] {
  return files.map((file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  });
}

/** `--timeout SECONDS`: a positive number. */
export function parseTimeLimit(text: string, fail: (message: string) => never): number {
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) fail(`--timeout must be a positive number of seconds, not "${text}".`);
  return seconds;
}

export function writeJson(file: string, result: RunResult, withEvents: boolean): void {
  const { stdout, stderr, exitCode, elapsed, error } = result;
  const line = { file, stdout, stderr, exitCode, elapsed, error, ...(withEvents ? { events: result.events } : {}) };
  process.stdout.write(JSON.stringify(line) + '\n');
}

/**
 * Writes synchronously: process.stdout/stderr writes to a pipe are asynchronous, and the two streams would then
 * reach a shared pipe (`2>&1`) out of order.
 */
function writeNow(fd: 1 | 2, text: string): void {
  let bytes = Buffer.from(text);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error; // a full non-blocking pipe: retry
    }
  }
}

export function writePlain(file: string, result: RunResult, withHeader: boolean): void {
  if (withHeader) writeNow(2, `==> ${file} <==\n`);
  // Chunks keep the order in which the program wrote to the two streams.
  for (const chunk of result.output) writeNow(chunk.stream === 'stdout' ? 1 : 2, chunk.text);
  writeNow(2, `[virtual time ${result.elapsed.toFixed(3)} s]\n`);
}
