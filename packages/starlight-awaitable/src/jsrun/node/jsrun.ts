/**
 * jsrun: run TypeScript/JavaScript files under Awaitable's JavaScript runtime (esbuild-wasm, virtual-time timers)
 * from the command line. The same contract as pyrun (README → Command-line runner):
 *   jsrun FILE.ts [FILE.ts …] [--json] [--trace] [--timeout SECONDS]
 */
import { basename } from 'node:path';
import { parseTimeLimit, readSources, writeJson, writePlain } from '../../runtime/node/run-files-cli.ts';
import { createNodeJsRuntime, stopCompiler } from './js-runtime.ts';
import { commandLine } from '../../runtime/node/command-line.ts';

const USAGE = `Usage: npm run --silent jsrun -- FILE.ts [FILE.ts …] [options]

Runs each file (TypeScript or JavaScript) in a fresh runner under Awaitable's virtual-time JavaScript runtime.

Options:
  --json              one JSON object per file per line on stdout
  --trace             include trace events (with --json)
  --timeout SECONDS   wall-clock limit per file (default 10)
  -h, --help          show this help`;

const {
  values,
  positionals: files,
  fail,
} = commandLine('jsrun', USAGE, {
  json: { type: 'boolean', default: false },
  trace: { type: 'boolean', default: false },
  timeout: { type: 'string', default: '10' },
});
if (files.length === 0) fail('no file given.');
const timeLimit = parseTimeLimit(values.timeout, fail);
const sources = readSources(files, fail);

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
