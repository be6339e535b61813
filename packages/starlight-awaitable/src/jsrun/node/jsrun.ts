/**
 * jsrun: run TypeScript/JavaScript files under Awaitable's JavaScript runtime (esbuild-wasm, virtual-time timers)
 * from the command line. The same contract as pyrun (README → Command-line runner):
 *   jsrun FILE.ts [FILE.ts …] [--json] [--trace] [--timeout SECONDS]
 */
import { readFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { RunResult } from '../../runtime/protocol.ts';
import { createNodeJsRuntime, stopCompiler } from './js-runtime.ts';

const USAGE = `Usage: npm run --silent jsrun -- FILE.ts [FILE.ts …] [options]

Runs each file (TypeScript or JavaScript) in a fresh runner under Awaitable's virtual-time JavaScript runtime.

Options:
  --json              one JSON object per file per line on stdout
  --trace             include trace events (with --json)
  --timeout SECONDS   wall-clock limit per file (default 10)
  -h, --help          show this help`;

function fail(message: string): never {
  process.stderr.write(`jsrun: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        trace: { type: 'boolean', default: false },
        timeout: { type: 'string', default: '10' },
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

const runtime = createNodeJsRuntime(timeLimit);
let exitCode = 0;
for (const [index, file] of files.entries()) {
  const result = await runtime.run(
    { source: sources[index]!, filename: basename(file), trace: values.trace },
    { onOutput: () => {} },
  );
  if (values.json) writeJson(file, result, values.trace);
  else writePlain(file, result, files.length > 1);
  if (exitCode === 0 && !values.json) exitCode = result.exitCode;
}
runtime.dispose();
stopCompiler();
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

/** Synchronous writes keep stdout and stderr in order on a shared pipe (as in pyrun). */
function writeNow(fd: 1 | 2, text: string) {
  let bytes = Buffer.from(text);
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

function writePlain(file: string, result: RunResult, withHeader: boolean) {
  if (withHeader) writeNow(2, `==> ${file} <==\n`);
  for (const chunk of result.output) writeNow(chunk.stream === 'stdout' ? 1 : 2, chunk.text);
  writeNow(2, `[virtual time ${result.elapsed.toFixed(3)} s]\n`);
}
