// npm run --silent grade -- content/lessons/<slug>/<exercise> FILE.py [--json]
// Grades one attempt with the same grader as the browser's Check button (src/grading/grade.ts).
// Plain output: the verdict and the messages as the learner sees them. --json: one object
// {"solved", "ran", "error", "checks": [{"passed", "message"}]} (src/grading/report.ts).
// Exit status: 0 solved, 1 not solved, 2 bad arguments or a broken exercise.
import { readFileSync, statSync } from 'node:fs';
import { verdictLine } from '../src/grading/grade.ts';
import { ExerciseSpecError, gradeExerciseInDetail, readExerciseSpec } from '../src/grading/node/grade-exercise.ts';
import { toReport } from '../src/grading/report.ts';
import { createNodeJsRuntime, stopCompiler } from '../src/jsrun/node/js-runtime.ts';
import { createNodeRuntime } from '../src/runtime/node/node-runtime.ts';
import { commandLine } from '../src/runtime/node/command-line.ts';
import { readSources } from '../src/runtime/node/run-files-cli.ts';

const USAGE = `Usage: npm run --silent grade -- EXERCISE_FOLDER FILE.py [--json] [--timeout SECONDS]

Grades FILE.py against the exercise in EXERCISE_FOLDER (the folder holding exercise.json), exactly as the
Check button does in the browser.

  EXERCISE_FOLDER     e.g. content/lessons/why-asyncio/concurrent-downloads
  FILE.py             the attempt to grade
  --json              print one JSON object: {"solved", "ran", "error", "checks": [{"passed", "message"}]}
  --timeout SECONDS   wall-clock limit for the run (default 10, as in the browser)
  -h, --help          show this help

Exit status: 0 solved, 1 not solved, 2 bad arguments or an invalid exercise.json.`;

const { values, positionals, fail } = commandLine('grade', USAGE, {
  json: { type: 'boolean', default: false },
  timeout: { type: 'string', default: '10' },
});
if (positionals.length !== 2)
  fail(`expected an exercise folder and a .py file, got ${positionals.length} argument(s).`);
const [exerciseDir, file] = positionals as [string, string];
const timeLimit = Number(values.timeout);
if (!Number.isFinite(timeLimit) || timeLimit <= 0)
  fail(`--timeout must be a positive number of seconds, not "${values.timeout}".`);
if (!isDirectory(exerciseDir)) fail(`${exerciseDir} is not a folder (give the exercise folder, not exercise.json).`);

let spec;
try {
  spec = readExerciseSpec(exerciseDir);
} catch (error) {
  if (error instanceof ExerciseSpecError) fail(error.message);
  throw error;
}
const [source] = readSources([file], fail) as [string];

const typescript = spec.language === 'typescript';
const runtime = typescript ? createNodeJsRuntime(timeLimit) : createNodeRuntime(timeLimit);
try {
  const { grade } = await gradeExerciseInDetail({ exerciseDir, source, runtime, spec });
  if (values.json) process.stdout.write(JSON.stringify(toReport(grade)) + '\n');
  else {
    const lines = [verdictLine(grade)];
    for (const item of grade.items) {
      lines.push(`${item.passed ? 'Passed' : 'Failed'}: ${item.message}`);
      if (item.excerpt) lines.push(item.excerpt.replace(/^/gm, '    '));
    }
    process.stdout.write(lines.join('\n') + '\n');
  }
  process.exitCode = grade.solved ? 0 : 1;
} finally {
  runtime.dispose();
  if (typescript) stopCompiler();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
