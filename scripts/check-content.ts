// npm run check-content — proves the course says what is true:
//  - every lesson's frontmatter is valid;
//  - every exercise's solution passes all its checks, and its starter fails at least one;
//  - every program beside a lesson runs without an unexpected error, and where it has a NAME.out (the output a
//    lesson shows, or a predict-the-output answer) the runtime prints exactly that.
// Failures name the lesson, the file and the difference. Exit status 1 if anything failed.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lessonSchema } from '../src/content/lesson-schema.ts';
import { exerciseSchema, needsTrace, pythonChecks, type Check } from '../src/grading/schema.ts';
import { evaluateChecks, summarise } from '../src/grading/evaluate.ts';
import { createNodeRuntime } from '../src/runtime/node/node-runtime.ts';
import type { RunResult } from '../src/runtime/protocol.ts';
import { expectationSchema, describeExpectationMismatch } from '../src/content/program-expectations.ts';

const ROOT = process.argv[2] ?? 'content/lessons';
const runtime = createNodeRuntime(20);
let passed = 0;
const failures: string[] = [];

function record(ok: boolean, label: string, problem?: string) {
  if (ok) {
    passed++;
    console.log(`  ok   ${label}`);
  } else {
    failures.push(`${label}\n       ${problem!.replace(/\n/g, '\n       ')}`);
    console.log(`  FAIL ${label}\n       ${problem!.replace(/\n/g, '\n       ')}`);
  }
}

const zodProblems = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`).join('; ');

function frontmatter(file: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!match) throw new Error('no frontmatter block (--- … ---) at the top');
  return parseYaml(match[1]!);
}

async function checkExercise(lesson: string, folder: string) {
  const dir = join(ROOT, lesson, folder);
  const label = `${lesson}/${folder}`;
  const parsed = exerciseSchema.safeParse(JSON.parse(readFileSync(join(dir, 'exercise.json'), 'utf8')));
  if (!parsed.success) return record(false, `${label}: exercise.json`, zodProblems(parsed.error));
  const spec = parsed.data;
  const checks = spec.checks as Check[];
  const grade = async (file: string) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const result = await runtime.run({
      source,
      filename: 'main.py',
      stdin: spec.stdin ?? null,
      cpuTime: spec.cpuTime,
      trace: needsTrace(checks),
      inspect: true,
      checks: pythonChecks(checks).map((check) => check.code),
    });
    const results = evaluateChecks(checks, {
      result,
      source,
      astFacts: result.inspection,
      pythonResults: result.checks,
    });
    return { results, summary: summarise(results), result };
  };
  for (const file of [spec.starter, spec.solution])
    if (!existsSync(join(dir, file)))
      return record(false, `${label}: ${file}`, `exercise.json names ${file}, which does not exist`);

  const solution = await grade(spec.solution);
  record(
    solution.summary.allPassed,
    `${label}: the solution passes all ${solution.summary.total} checks`,
    solution.results
      .filter((check) => !check.passed)
      .map((check) => `${check.check.type} failed: ${check.message}`)
      .join('\n') + outputExcerpt(solution.result),
  );
  const starter = await grade(spec.starter);
  record(
    !starter.summary.allPassed,
    `${label}: the starter fails at least one check`,
    'the starter code already passes every check: the exercise would be solved before the learner starts',
  );
}

function outputExcerpt(result: RunResult): string {
  const tail = (text: string) => text.split('\n').slice(-8).join('\n');
  return `\n--- stdout (end) ---\n${tail(result.stdout)}\n--- stderr (end) ---\n${tail(result.stderr)}`;
}

/**
 * Program files the lesson shows with `cpuTime={false}` (pure virtual time): `import x from './f.py?raw'` plus a
 * component tag with both `code={x}` and `cpuTime={false}`. They are checked the way the page runs them.
 */
function pureTimePrograms(lesson: string): Set<string> {
  const mdx = readFileSync(join(ROOT, lesson, 'index.mdx'), 'utf8');
  const files = new Map(
    [...mdx.matchAll(/import\s+(\w+)\s+from\s+'\.\/([^']+\.py)\?raw'/g)].map((m) => [m[1]!, m[2]!]),
  );
  const pure = new Set<string>();
  for (const [, attributes] of mdx.matchAll(/<[A-Z]\w*\s([^>]*?)\/?>/g)) {
    const code = /code=\{(\w+)\}/.exec(attributes!)?.[1];
    if (code && /cpuTime=\{false\}/.test(attributes!) && files.has(code)) pure.add(files.get(code)!);
  }
  return pure;
}

async function checkProgram(lesson: string, file: string) {
  const path = join(ROOT, lesson, file);
  const stem = file.slice(0, -3);
  const outFile = join(ROOT, lesson, `${stem}.out`);
  const expectFile = join(ROOT, lesson, `${stem}.expect.json`);
  const expectation = existsSync(expectFile)
    ? expectationSchema.parse(JSON.parse(readFileSync(expectFile, 'utf8')))
    : expectationSchema.parse({});
  const cpuTime = !pureTimePrograms(lesson).has(file);
  const result = await runtime.run({ source: readFileSync(path, 'utf8'), filename: 'main.py', cpuTime });
  const problems = describeExpectationMismatch(result, expectation);
  if (existsSync(outFile)) {
    const expected = readFileSync(outFile, 'utf8');
    if (result.stdout !== expected) problems.push(firstDifference(expected, result.stdout));
  }
  record(
    problems.length === 0,
    `${lesson}/${file}${existsSync(outFile) ? ` prints ${stem}.out` : ' runs'}`,
    problems.join('\n'),
  );
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if (a[i] !== b[i])
      return `output differs at line ${i + 1}:\n  the lesson says: ${JSON.stringify(a[i] ?? '(nothing)')}\n  the runtime printed: ${JSON.stringify(b[i] ?? '(nothing)')}`;
  return 'output differs';
}

console.log(`Checking the course in ${ROOT}/`);
const lessons = readdirSync(ROOT)
  .filter((name) => statSync(join(ROOT, name)).isDirectory())
  .sort();
for (const lesson of lessons) {
  console.log(`${lesson}`);
  const index = ['index.mdx', 'index.md'].map((name) => join(ROOT, lesson, name)).find(existsSync);
  if (!index) record(false, `${lesson}: index.mdx`, 'the lesson folder has no index.mdx');
  else {
    try {
      const result = lessonSchema.safeParse(frontmatter(index));
      record(result.success, `${lesson}: frontmatter`, result.success ? '' : zodProblems(result.error));
    } catch (error) {
      record(false, `${lesson}: frontmatter`, (error as Error).message);
    }
  }
  for (const entry of readdirSync(join(ROOT, lesson)).sort()) {
    const path = join(ROOT, lesson, entry);
    if (statSync(path).isDirectory()) {
      if (existsSync(join(path, 'exercise.json'))) await checkExercise(lesson, entry);
    } else if (entry.endsWith('.py')) await checkProgram(lesson, basename(entry));
  }
}
runtime.dispose();
console.log(`\n${passed} passed, ${failures.length} failed`);
if (failures.length) {
  console.log(`\nFailures:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
}
