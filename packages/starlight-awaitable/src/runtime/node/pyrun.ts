/**
 * pyrun: run Python files under Awaitable's runtime (virtual-time asyncio in Pyodide) from the command line.
 * Contract (other tools rely on it; documented in README → Command-line runner):
 *   pyrun FILE.py [FILE.py …] [--json] [--trace] [--stdin TEXT] [--timeout SECONDS] [--full-traceback]
 *         [--no-cpu-time]
 */
import { readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { RunResult } from '../protocol.ts';
import { createNodeRuntime } from './node-runtime.ts';

const USAGE = `Usage: npm run --silent pyrun -- FILE.py [FILE.py …] [options]

Runs each file in fresh program state under Awaitable's virtual-time asyncio runtime.

Options:
  --json              one JSON object per file per line on stdout
  --trace             include trace events (with --json)
  --stdin TEXT        text that input() reads
  --timeout SECONDS   wall-clock limit per file (default 10)
  --full-traceback    do not hide asyncio's internal frames in tracebacks
  --no-cpu-time       pure virtual time: the program's own Python code costs no time
  -h, --help          show this help`;

function fail(message: string): never {
  process.stderr.write(`pyrun: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        trace: { type: 'boolean', default: false },
        stdin: { type: 'string' },
        timeout: { type: 'string', default: '10' },
        'full-traceback': { type: 'boolean', default: false },
        'no-cpu-time': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

const { values, positionals: files } = parse();
if (values.help) {
  process.stdout.write(USAGE + '\n');
  process.exit(0);
}
if (files.length === 0) fail('no file given.');
const timeLimit = Number(values.timeout);
if (!Number.isFinite(timeLimit) || timeLimit <= 0)
  fail(`--timeout must be a positive number of seconds, not "${values.timeout}".`);

const sources = files.map((file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
});

const runtime = createNodeRuntime(timeLimit);
let exitCode = 0;
for (const [index, file] of files.entries()) {
  const result = await runtime.run(
    {
      source: sources[index]!,
      filename: basename(file),
      stdin: values.stdin ?? null,
      trace: values.trace,
      fullTraceback: values['full-traceback'],
      cpuTime: !values['no-cpu-time'],
    },
    {
      // Streamed output is what a run stopped by terminating its thread keeps (the session collects it).
      onOutput: () => {},
    },
  );
  if (values.json) writeJson(file, result, values.trace);
  else writePlain(file, result, files.length > 1);
  if (exitCode === 0 && !values.json) exitCode = result.exitCode;
}
runtime.dispose();
process.exitCode = exitCode;

function writeJson(file: string, result: RunResult, withEvents: boolean) {
  const { stdout, stderr, exitCode: code, elapsed, error } = result;
  const line = {
    file,
    stdout,
    stderr,
    exitCode: code,
    elapsed,
    error,
    ...(withEvents ? { events: result.events } : {}),
  };
  process.stdout.write(JSON.stringify(line) + '\n');
}

/**
 * Writes synchronously: process.stdout/stderr writes to a pipe are asynchronous, and the two streams would then
 * reach a shared pipe (`2>&1`) out of order.
 */
function writeNow(fd: 1 | 2, text: string) {
  let bytes = Buffer.from(text);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error; // a full non-blocking pipe: retry
    }
  }
}

function writePlain(file: string, result: RunResult, withHeader: boolean) {
  if (withHeader) writeNow(2, `==> ${file} <==\n`);
  // Chunks keep the order in which the program wrote to the two streams.
  for (const chunk of result.output) writeNow(chunk.stream === 'stdout' ? 1 : 2, chunk.text);
  writeNow(2, `[virtual time ${result.elapsed.toFixed(3)} s]\n`);
}
