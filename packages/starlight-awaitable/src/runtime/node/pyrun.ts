/**
 * pyrun: run Python files under Awaitable's runtime (virtual-time asyncio in Pyodide) from the command line.
 * Contract (other tools rely on it; documented in README → Command-line runner):
 *   pyrun FILE.py [FILE.py …] [--json] [--trace] [--stdin TEXT] [--timeout SECONDS] [--full-traceback]
 *         [--no-cpu-time]
 */
import { basename } from 'node:path';
import { parseTimeLimit, readSources, writeJson, writePlain } from './run-files-cli.ts';
import { createNodeRuntime } from './node-runtime.ts';
import { commandLine } from './command-line.ts';

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

const {
  values,
  positionals: files,
  fail,
} = commandLine('pyrun', USAGE, {
  json: { type: 'boolean', default: false },
  trace: { type: 'boolean', default: false },
  stdin: { type: 'string' },
  timeout: { type: 'string', default: '10' },
  'full-traceback': { type: 'boolean', default: false },
  'no-cpu-time': { type: 'boolean', default: false },
});
if (files.length === 0) fail('no file given.');
const timeLimit = parseTimeLimit(values.timeout, fail);
const sources = readSources(files, fail);

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
