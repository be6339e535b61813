import { describe, expect, it } from 'vitest';
import { readAnalysis } from './analysis.ts';
import { firstFailingLine, gradeRun, gradingRunOptions, verdictLine } from './grade.ts';
import { toReport } from './report.ts';
import { analysisAnswer, outputEvents, run, spec } from './runs.testdata.ts';

const exercise = spec([
  { type: 'uses', name: 'asyncio.gather' },
  { type: 'elapsed', atMost: 2 },
  { type: 'no-unawaited-coroutines' },
  { type: 'python', code: 'def check(stdout, trace, globals):\n    return None\n' },
]);
const SOURCE = 'import asyncio\n';
const gatherUsed = { names: ['asyncio', 'asyncio.gather'], constructs: ['async def', 'await'] };

describe('gradingRunOptions', () => {
  it('runs the exercise python checks, then the analysis of this very source; always with the trace', () => {
    const options = gradingRunOptions(exercise, 'print("x")\n');
    expect(options).toMatchObject({ trace: true, inspect: true, cpuTime: true, stdin: null });
    expect(options.checks).toHaveLength(2);
    expect(options.checks[0]).toContain('def check(stdout, trace, globals):\n    return None');
    expect(options.checks[1]).toContain('SOURCE = "print(\\"x\\")\\n"');
  });
});

describe('gradeRun: layers', () => {
  it('a finished, correct run is solved with every check passed and no misconception', () => {
    const result = run({
      elapsed: 2,
      inspection: gatherUsed,
      checks: [{ passed: true, message: null }, analysisAnswer([])],
    });
    const grade = gradeRun(exercise, SOURCE, result);
    expect(grade).toMatchObject({ solved: true, ran: 'finished', error: null });
    expect(grade.items.map((i) => [i.kind, i.passed])).toEqual([
      ['static', true],
      ['behaviour', true],
      ['behaviour', true],
      ['behaviour', true],
    ]);
    expect(verdictLine(grade)).toBe('All 4 checks passed — exercise solved!');
  });

  it('a solved run shows no misconception even when the analysis found one', () => {
    const result = run({
      elapsed: 2,
      inspection: gatherUsed,
      checks: [
        { passed: true, message: null },
        analysisAnswer([{ kind: 'time-sleep-in-async', line: 3, function: 'f' }]),
      ],
    });
    expect(gradeRun(exercise, SOURCE, result).items.some((i) => i.kind === 'misconception')).toBe(false);
  });

  it('a syntax error: one explanation, no check at all', () => {
    const result = run({
      exitCode: 1,
      error: { type: 'SyntaxError', message: 'invalid syntax', line: 2 },
      inspection: { names: [], constructs: [], syntaxError: 'invalid syntax (line 2)' },
      checks: [{ passed: true, message: null }, analysisAnswer([], false)],
    });
    const grade = gradeRun(exercise, SOURCE, result);
    expect(grade.ran).toBe('syntax-error');
    expect(grade.items).toHaveLength(1);
    expect(grade.items[0]).toMatchObject({ kind: 'outcome', passed: false, line: 2 });
    expect(verdictLine(grade)).toBe("Your program has a syntax error, so it didn't run.");
    expect(toReport(grade)).toEqual({
      solved: false,
      ran: 'syntax-error',
      error: { type: 'SyntaxError', message: 'invalid syntax', line: 2 },
      checks: [{ passed: false, message: grade.items[0]!.message }],
    });
  });

  it('a crash: the explanation first, then misconceptions, then only failing static checks; nothing passed', () => {
    const crashed = (inspection: typeof gatherUsed) =>
      run({
        exitCode: 1,
        elapsed: 0.5,
        error: { type: 'RuntimeError', message: "await wasn't used with future", line: 8 },
        inspection,
        checks: [
          { passed: true, message: null },
          analysisAnswer([{ kind: 'missing-await', line: 8, call: 'asyncio.gather', use: 'unpacked' }]),
        ],
      });
    const grade = gradeRun(exercise, SOURCE, crashed(gatherUsed));
    expect(grade.ran).toBe('exception');
    expect(grade.items.map((i) => i.kind)).toEqual(['outcome', 'misconception']);
    expect(grade.items.every((i) => !i.passed)).toBe(true);
    expect(grade.items[1]!.message).toContain('is what raised "RuntimeError: await wasn\'t used with future"');
    expect(verdictLine(grade)).toBe(
      "Your program stopped with an error before the end, so its behaviour wasn't checked.",
    );
    expect(firstFailingLine(grade)).toBe(8);
    // Without gather in the code, the failing uses check is advice worth showing.
    const without = gradeRun(exercise, SOURCE, crashed({ names: ['asyncio'], constructs: [] }));
    expect(without.items.map((i) => [i.kind, i.passed])).toEqual([
      ['outcome', false],
      ['misconception', false],
      ['static', false],
    ]);
  });

  it('a limit: "never finished" and no behaviour check (even without any answer from the runtime)', () => {
    const result = run({
      exitCode: 1,
      error: { type: 'TimeLimitExceeded', message: 'ran for 10 s', line: null },
      inspection: undefined,
    });
    const grade = gradeRun(exercise, 'import asyncio\nasyncio.gather()\n', result);
    expect(grade.ran).toBe('limit');
    expect(grade.items.map((i) => i.kind)).toEqual(['outcome']);
    expect(toReport(grade).checks[0]!.message).toMatch(/^Your program never finished: /);
  });

  it('finished but not solved: misconceptions first, then every check in order', () => {
    const result = run({
      elapsed: 3,
      inspection: gatherUsed,
      checks: [
        { passed: true, message: null },
        analysisAnswer([{ kind: 'task-not-kept', line: 14, call: 'asyncio.create_task', use: 'dropped' }]),
      ],
    });
    const grade = gradeRun(exercise, SOURCE, result);
    expect(grade.items.map((i) => [i.kind, i.passed])).toEqual([
      ['misconception', false],
      ['static', true],
      ['behaviour', false],
      ['behaviour', true],
      ['behaviour', true],
    ]);
    expect(verdictLine(grade)).toBe('3 of 4 checks passed. Fix the first failing one and check again.');
    expect(firstFailingLine(grade)).toBe(14);
  });
});

describe('readAnalysis', () => {
  it('reads a well-formed answer', () => {
    expect(readAnalysis(analysisAnswer([{ kind: 'await-in-loop', line: 3, call: 'f' }]))).toEqual({
      parsed: true,
      findings: [{ kind: 'await-in-loop', line: 3, call: 'f' }],
    });
  });

  it('ignores anything else: no answer, a passed answer, another message, malformed JSON, unknown kinds', () => {
    expect(readAnalysis(undefined)).toBeNull();
    expect(readAnalysis({ passed: true, message: null })).toBeNull();
    expect(readAnalysis({ passed: false, message: 'The check itself raised ValueError' })).toBeNull();
    expect(readAnalysis({ passed: false, message: 'awaitable-analysis:{not json' })).toBeNull();
    expect(
      readAnalysis({ passed: false, message: 'awaitable-analysis:{"parsed":true,"findings":[{"kind":"x","line":1}]}' }),
    ).toBeNull();
  });
});

describe('overlap and happens-before: when lines were printed, not their order', () => {
  const checks = spec([
    {
      type: 'overlap',
      spans: [
        { label: 'report.pdf', from: 'start report.pdf', to: 'finished report.pdf' },
        { label: 'photo.jpg', from: 'start photo.jpg', to: 'finished photo.jpg' },
      ],
    },
    { type: 'happens-before', first: 'finished photo.jpg', then: 'finished report.pdf' },
  ]);
  const graded = (...writes: [number, string][]) =>
    gradeRun(checks, SOURCE, run({ events: outputEvents(...writes), checks: [analysisAnswer([])] })).items;

  it('the create_task order (photo printed first) passes', () => {
    const items = graded(
      [0, 'start photo.jpg\n'],
      [0, 'start report.pdf\n'],
      [1, 'finished photo.jpg\n'],
      [2, 'finished report.pdf\n'],
    );
    expect(items.map((i) => i.passed)).toEqual([true, true]);
    expect(items[0]!.message).toBe('report.pdf and photo.jpg were both in flight from 0.0 s to 1.0 s.');
  });

  it('gather order passes too; lines split or joined across writes are read as lines', () => {
    const items = graded(
      [0, 'start report.pdf\nstart '],
      [0, 'photo.jpg\n'],
      [1, 'finished photo.jpg\n'],
      [2, 'finished report.pdf\ngot\n'],
    );
    expect(items.map((i) => i.passed)).toEqual([true, true]);
  });

  it('one after the other fails with both spans in the message', () => {
    const items = graded(
      [0, 'start report.pdf\n'],
      [2, 'finished report.pdf\nstart photo.jpg\n'],
      [3, 'finished photo.jpg\n'],
    );
    expect(items[0]).toMatchObject({ passed: false });
    expect(items[0]!.message).toMatch(
      /^These ran one after another, never all at the same time: report\.pdf from 0\.0 s to 2\.0 s and photo\.jpg from 2\.0 s to 3\.0 s\./,
    );
    expect(items[1]!.message).toBe(
      '"finished photo.jpg" should happen before "finished report.pdf", but "finished photo.jpg" came at 3.0 s, ' +
        'after "finished report.pdf" at 2.0 s (virtual time).',
    );
  });

  it('printed in the right order but at the same instant is not "before"', () => {
    const items = graded([0, 'start report.pdf\nstart photo.jpg\n'], [1, 'finished photo.jpg\nfinished report.pdf\n']);
    expect(items[1]!.message).toContain('but both came at 1.0 s');
  });

  it('a missing line says which', () => {
    const items = graded([0, 'start report.pdf\n'], [2, 'finished report.pdf\n']);
    expect(items[0]!.message).toMatch(/^Your output has no line "start photo.jpg"/);
    expect(items[1]!.message).toMatch(/^Your output has no line "finished photo.jpg"/);
  });

  it('the schema rejects an overlap of one span and a happens-before of one line with itself', () => {
    expect(() => spec([{ type: 'overlap', spans: [{ label: 'a', from: 'x', to: 'y' }] }])).toThrow(
      /at least two spans/,
    );
    expect(() => spec([{ type: 'happens-before', first: 'a', then: 'a ' }])).toThrow(/the same line/);
  });
});
