/**
 * The content checker catches each mistake an instructor made writing a first lesson (issue 22, "Why"), on fixture
 * lessons, naming the lesson, the file, the line and what to do; and its command line behaves (one lesson by slug
 * or folder, --help, bad arguments, --record, --watch).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LESSON = 'tests/runtime/fixtures/authoring-mistakes/rate-limiting';
const checkContent = (...args: string[]) =>
  spawnSync(process.execPath, ['packages/starlight-awaitable/scripts/check-content.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });

/** The detail lines printed under one verdict ("  FAIL label" followed by indented lines). */
function verdict(stdout: string, label: string): string {
  const start = stdout.indexOf(`${label}\n`);
  if (start < 0) throw new Error(`no verdict "${label}" in:\n${stdout}`);
  const rest = stdout.slice(start + label.length + 1).split('\n');
  const end = rest.findIndex((line) => !line.startsWith('       '));
  return rest.slice(0, end).join('\n');
}

describe('check-content on a lesson full of authoring mistakes', () => {
  const run = checkContent(LESSON);
  const references = verdict(run.stdout, 'FAIL rate-limiting: components and imports in index.mdx');

  it('checks only that lesson, given its folder, and fails', () => {
    expect(run.stdout).toMatch(/^Checking rate-limiting$/m);
    expect(run.stdout).toMatch(/^\d+ passed, 8 failed, 1 warning$/m);
    expect(run.status).toBe(1);
    // Exercise folders are exercises of the lesson, not lessons of their own.
    expect(run.stdout).not.toMatch(/^token-bucket$/m);
    expect(run.stdout).toContain('ok   rate-limiting/token-bucket: the solution (solution.py) is solved');
  });

  it('names an <Exercise> folder that does not exist, with the nearest one', () => {
    expect(references).toContain(
      'line 49: <Exercise folder="polite_client">: there is no polite_client/exercise.json beside index.mdx — did you mean "polite-client"?',
    );
  });

  it('ignores component tags inside code blocks', () => {
    expect(run.stdout).not.toContain('only-an-example-in-a-code-block');
  });

  it('rejects a PredictOutput whose choices do not include the recorded output', () => {
    expect(references).toContain('line 27: <PredictOutput file="refill.py">: none of the 2 choices equals refill.out');
  });

  it('reports a PredictOutput without its .out, and a lesson program without one', () => {
    expect(references).toContain('line 25: <PredictOutput file="burst.py">: burst.out (the answer) does not exist');
    expect(verdict(run.stdout, 'FAIL rate-limiting/burst.py runs')).toContain('burst.out is missing');
  });

  it('rejects a quiz with two correct answers', () => {
    expect(references).toContain(
      'line 34: <Quiz id="bucket-1">: options: exactly one option must have `correct: true`',
    );
  });

  it('reports imports that do not resolve and components used without an import', () => {
    expect(references).toContain(
      "line 14: import Callout from 'starlight-awaitable/components/Callout.astro': no such file",
    );
    expect(references).toContain(
      `line 17: import bursts from './bursts.py?raw': no such file — did you mean "burst.py"?`,
    );
    expect(references).toContain(
      "line 47: <Timeline> is used but not imported: add `import Timeline from 'starlight-awaitable/components/Timeline.astro';`",
    );
  });

  it('reports a <CompareJs> with its programs swapped, and one without its "what differs" note', () => {
    expect(references).toContain('line 60: <CompareJs>: python={eager} is eager.ts; python needs a .py program');
    expect(references).toContain(
      'line 60: <CompareJs>: typescript={refill} is refill.py; typescript needs a .ts program',
    );
    expect(references).toContain('line 66: <CompareJs> needs its "what differs" note');
    expect(references).not.toContain('line 66: <CompareJs>: ');
  });

  it('rejects unknown frontmatter fields, suggesting the field a typo meant', () => {
    const frontmatter = verdict(run.stdout, 'FAIL rate-limiting: frontmatter');
    expect(frontmatter).toContain('ordr: unknown field — did you mean order?');
    expect(frontmatter).toContain('level: unknown field');
    // The misspelt order is reported once, as the typo, not also as a missing number.
    expect(frontmatter).not.toContain('order: ');
  });

  it("reports the scaffold's placeholders", () => {
    expect(verdict(run.stdout, 'FAIL rate-limiting: frontmatter')).toContain(
      "concepts: still the scaffold's placeholder [replace me]",
    );
    expect(verdict(run.stdout, 'FAIL rate-limiting: no scaffold placeholders left')).toContain(
      'line 19: "Start with a question the reader already has',
    );
  });

  it('warns about program lines wider than the editor at 1280 px, without failing for them', () => {
    expect(run.stdout).toContain(
      'warn rate-limiting/wide.py: line 6 is longer than the 65 characters the editor shows at 1280 px (longest 75)',
    );
    expect(run.stdout).toContain('ok   rate-limiting/wide.py prints wide.out');
  });

  it('rejects a starter that fails only because it does not parse, showing what the learner would read', () => {
    const starter = verdict(
      run.stdout,
      'FAIL rate-limiting/polite-client: the starter (starter.py) fails for what it does',
    );
    expect(starter).toContain('the starter fails only because it does not run to the end (syntax-error: SyntaxError)');
    expect(starter).toContain('Line 4 has a syntax error');
  });

  it("prints the checks a good starter fails, in the learner's words (a check.py among them)", () => {
    const starter = verdict(
      run.stdout,
      'ok   rate-limiting/token-bucket: the starter (starter.py) fails for what it does',
    );
    expect(starter).toContain('what a learner reads on Check:');
    expect(starter).toContain(
      '✗ Your program took 3.0 s; if the three tokens were taken concurrently it would take 1.0 s.',
    );
  });

  it('grades attempts.json: a correct attempt, a wrong one with its first failure, and a wrong expectation', () => {
    expect(run.stdout).toContain('ok   rate-limiting/token-bucket: attempts/taskgroup.py (TaskGroup) is solved');
    // Its first failure comes from check.py, the file form of a python check.
    expect(run.stdout).toContain(
      'ok   rate-limiting/token-bucket: attempts/two_tokens.py (forgets a token) is failed, ran finished',
    );
    const mismatch = verdict(
      run.stdout,
      'FAIL rate-limiting/token-bucket: starter.py (deliberately wrong expectation) is solved',
    );
    expect(mismatch).toContain('expected it to be solved, but it failed:');
    expect(mismatch).toContain('✗ Your program took 3.0 s');
  });

  it('names the file of a python check that breaks, and the real file in a traceback', () => {
    expect(verdict(run.stdout, 'FAIL rate-limiting/broken-check: the solution (solution.py) is solved')).toContain(
      "The check itself raised KeyError: 'took' (line 3 of the check). This is a problem with the exercise's check, not with your program. [in check.py]",
    );
    expect(verdict(run.stdout, 'FAIL rate-limiting/crashing-solution: the solution (solution.py) is solved')).toContain(
      'File "solution.py", line 10, in main',
    );
  });
});

describe('attempt expectations that do not hold', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'awaitable-attempts-'));
    cpSync(LESSON, join(dir, 'rate-limiting'), { recursive: true });
    return join(dir, 'rate-limiting', 'token-bucket');
  };

  it('reports a wrong "ran" and a first failure that is not shown, with the actual first failure', () => {
    const exercise = copy();
    writeFileSync(
      join(exercise, 'attempts.json'),
      JSON.stringify({
        attempts: [{ file: 'attempts/two_tokens.py', expect: 'failed', ran: 'exception', firstFailure: 'never shown' }],
      }),
    );
    const run = checkContent(exercise); // an exercise folder checks just that exercise
    expect(run.stdout).toMatch(/^Checking rate-limiting\/token-bucket$/m);
    expect(run.stdout).not.toContain('rate-limiting: frontmatter');
    const mismatch = verdict(
      run.stdout,
      'FAIL rate-limiting/token-bucket: attempts/two_tokens.py is failed, ran exception',
    );
    expect(mismatch).toContain('expected ran "exception", but it finished');
    expect(mismatch).toContain(
      `expected the first failure to contain "never shown"; it is:\n       Take all three tokens: the output has 2 'took' lines, not 3.`,
    );
  });

  it('validates attempts.json, naming the bad field', () => {
    const exercise = copy();
    writeFileSync(
      join(exercise, 'attempts.json'),
      JSON.stringify({ attempts: [{ file: 'attempts/taskgroup.py', expect: 'solved', firstFailure: 'x', extra: 1 }] }),
    );
    const problems = verdict(checkContent(exercise).stdout, 'FAIL rate-limiting/token-bucket: attempts.json');
    expect(problems).toContain('attempts.0: Unrecognized key: "extra"');
    expect(problems).toContain('attempts.0.firstFailure: a solved attempt has no failure');
  });
});

describe('check-content on the older broken-course fixture', () => {
  const run = checkContent('tests/runtime/fixtures/broken-course');

  it('names bad frontmatter fields', () => {
    expect(run.stdout).toMatch(/FAIL bad-lesson: frontmatter\s+order: .*\n?.*concepts: /);
  });

  it('shows where a program prints something other than the lesson says', () => {
    expect(run.stdout).toContain('FAIL bad-lesson/says_wrong.py prints says_wrong.out');
    expect(run.stdout).toContain('the lesson says: "hi"');
    expect(run.stdout).toContain('the runtime printed: "hello"');
  });

  it('reports a program that crashes unexpectedly', () => {
    expect(run.stdout).toContain('FAIL bad-lesson/crashes.py runs');
    expect(run.stdout).toContain('it ended with an unexpected ValueError: boom');
  });

  it('rejects an exercise whose starter already passes', () => {
    expect(run.stdout).toContain('ok   bad-lesson/too-easy: the solution (solution.py) is solved');
    expect(run.stdout).toContain('the starter already passes every check');
    expect(run.status).toBe(1);
  });
});

describe('the command line', () => {
  it('--help prints the usage and checks nothing', () => {
    const run = checkContent('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run check-content -- \[LESSON …\] \[--watch\] \[--record\]/);
    expect(run.stdout).not.toContain('Checking');
  });

  it('an unknown option or lesson is a one-line message and exit status 2, never a stack trace', () => {
    const option = checkContent('--wach');
    expect(option.status).toBe(2);
    expect(option.stderr).toMatch(/^check-content: Unknown option '--wach'\.\n\nUsage:/);
    const lesson = checkContent('taks');
    expect(lesson.status).toBe(2);
    expect(lesson.stderr).toMatch(/^check-content: no lesson "taks": .* \(did you mean tasks\?\)/);
    const folder = checkContent('tests/runtime/fixtures');
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/^check-content: tests\/runtime\/fixtures is neither a lesson folder/);
    for (const run of [option, lesson, folder]) expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('--record rewrites a wrong .out and a missing one from the runtime, showing the difference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'awaitable-record-'));
    const lesson = join(dir, 'rate-limiting');
    cpSync(LESSON, lesson, { recursive: true });
    writeFileSync(join(lesson, 'refill.out'), 'token 1 ready\ntoken 3 ready\n');
    const run = checkContent(lesson, '--record');
    expect(readFileSync(join(lesson, 'refill.out'), 'utf8')).toBe('token 1 ready\ntoken 2 ready\n');
    expect(readFileSync(join(lesson, 'burst.out'), 'utf8')).toBe('request 1\nrequest 2\n');
    expect(run.stdout).toContain(
      'recorded refill.out:\n         token 1 ready\n       - token 3 ready\n       + token 2 ready',
    );
    expect(run.stdout).toContain('ok   rate-limiting/burst.py prints burst.out');
  });

  it('--watch re-checks the lesson (or just the exercise) whose file was saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awaitable-watch-'));
    const lesson = join(dir, 'rate-limiting');
    cpSync(LESSON, lesson, { recursive: true });
    const child = spawn(
      process.execPath,
      ['packages/starlight-awaitable/scripts/check-content.ts', lesson, '--watch'],
      { stdio: 'pipe' },
    );
    let output = '';
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(text)) resolve();
        };
        child.stdout.on('data', onData);
        child.on('exit', () => reject(new Error(`exited before "${text}":\n${output}`)));
        onData(Buffer.from(''));
      });
    try {
      await seen('Watching');
      expect(output).toContain('FAIL rate-limiting/burst.py runs');
      writeFileSync(join(lesson, 'burst.out'), 'request 1\nrequest 2\n');
      await seen('re-checking rate-limiting');
      await seen('ok   rate-limiting/burst.py prints burst.out');
      // A file in an exercise folder re-checks just that exercise.
      writeFileSync(
        join(lesson, 'token-bucket', 'attempts.json'),
        JSON.stringify({ attempts: [{ file: 'solution.py', expect: 'solved' }] }),
      );
      await seen('re-checking rate-limiting/token-bucket');
      await seen('ok   rate-limiting/token-bucket: solution.py is solved');
    } finally {
      child.kill();
    }
  });
});
