import * as z from 'zod/mini';

/**
 * An exercise spec: `exercise.json` in a folder beside its lesson, with the starter and solution programs next to
 * it, e.g. content/lessons/tasks/concurrent-downloads/{exercise.json, starter.py, solution.py}.
 * The `describe` texts are the authoring documentation. Objects are strict, so a misspelt key (`atmost`) is
 * an error naming it rather than a check that silently never runs.
 */

/** Language constructs `uses` / `avoids` can name (anything else must be a dotted name like `asyncio.gather`). */
export const CONSTRUCTS = ['async def', 'async with', 'async for', 'await', 'except*', 'yield'] as const;
export type Construct = (typeof CONSTRUCTS)[number];

const DOTTED_NAME = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
const PROGRAM_FILE = /^[\w.-]+\.(py|ts)$/;

/** The languages an exercise can be written in: TypeScript runs in the JavaScript runtime (src/jsrun). */
export const LANGUAGES = ['python', 'typescript'] as const;
const EXTENSION = { python: '.py', typescript: '.ts' } as const;

const seconds = (what: string) => z.number().check(z.nonnegative(), z.describe(`${what}, in virtual seconds.`));

/** Fields every check accepts. */
const common = {
  message: z
    .optional(z.string().check(z.minLength(1)))
    .check(
      z.describe(
        'Learner-facing text shown when the check fails, replacing the default message. The defaults already say ' +
          'what happened with the actual numbers and lines, so write one only to add exercise-specific advice.',
      ),
    ),
  passMessage: z
    .optional(z.string().check(z.minLength(1)))
    .check(z.describe('Learner-facing text shown when the check passes.')),
};

const stdoutModes = z.discriminatedUnion('mode', [
  z
    .strictObject({
      type: z.literal('stdout'),
      mode: z
        .literal('exact')
        .check(
          z.describe('The whole output must equal `value`, ignoring trailing whitespace on each line and at the end.'),
        ),
      value: z.string().check(z.describe('The expected output.')),
      ...common,
    })
    .check(z.describe('The output must be exactly this.')),
  z.strictObject({
    type: z.literal('stdout'),
    mode: z.literal('contains').check(z.describe('The output must contain `value` somewhere.')),
    value: z.string().check(z.minLength(1), z.describe('Text that must appear in the output.')),
    ...common,
  }),
  z.strictObject({
    type: z.literal('stdout'),
    mode: z.literal('regex').check(z.describe('The output must match `pattern` (a JavaScript regular expression).')),
    pattern: z
      .string()
      .check(
        z.minLength(1),
        z.describe('JavaScript regular expression searched for in the output (not anchored unless you add ^ or $).'),
      ),
    flags: z
      .optional(z.string().check(z.regex(/^[imsu]*$/, 'use only the flags i, m, s and u')))
      .check(
        z.describe('Regular expression flags: i (ignore case), m (^ and $ match at lines), s (. matches newline), u.'),
      ),
    ...common,
  }),
  z.strictObject({
    type: z.literal('stdout'),
    mode: z
      .literal('lines-in-order')
      .check(
        z.describe('Each of `lines` must be a whole line of the output, in this order; other lines may come between.'),
      ),
    lines: z
      .array(z.string())
      .check(
        z.minLength(1, 'list at least one line'),
        z.describe('Lines (compared without trailing whitespace) that must appear in this order.'),
      ),
    ...common,
  }),
]);

const elapsedCheck = z
  .strictObject({
    type: z.literal('elapsed'),
    atMost: z.optional(seconds('The program must finish within this time')),
    atLeast: z.optional(seconds('The program must take at least this long')),
    approximately: z.optional(seconds('The program must take about this long (± `tolerance`)')),
    tolerance: z.optional(seconds('How far from `approximately` is still right (default 0.1)')),
    reference: z
      .optional(z.string().check(z.minLength(1)))
      .check(
        z.describe(
          'A condition clause for the failure message, e.g. "if the two downloads ran concurrently", which reads ' +
            '"Your program took 3.0 s; if the two downloads ran concurrently it would take 2.0 s."',
        ),
      ),
    ...common,
  })
  .check(z.describe('Virtual time the whole program takes (`elapsed` of the run).'));

const concurrencyCheck = z
  .strictObject({
    type: z.literal('concurrency'),
    atLeast: z
      .optional(z.int().check(z.positive()))
      .check(z.describe('At least this many must have run at the same time.')),
    atMost: z
      .optional(z.int().check(z.positive()))
      .check(z.describe('Never more than this many at the same time (1 or more).')),
    ...common,
  })
  .check(
    z.describe(
      'Peak number of tasks (and thread/process jobs) doing their own waiting at the same virtual instant: sleeping, ' +
        'awaiting a future or running in a worker. Tasks waiting on other tasks or on a lock/semaphore/queue/event ' +
        'do not count (see src/trace/concurrency.ts). Needs the trace.',
    ),
  );

const loopBlockedCheck = z
  .strictObject({
    type: z.literal('loop-blocked'),
    atMost: z._default(seconds('The longest time any single call may hold the event loop (default 0: never)'), 0),
    ...common,
  })
  .check(
    z.describe(
      'Nothing may block the event loop (time.sleep, future.result() …) for longer than `atMost`. Needs the trace.',
    ),
  );

const noPendingCheck = z
  .strictObject({ type: z.literal('no-pending-tasks'), ...common })
  .check(
    z.describe('Every task must finish before the task that created it (normally main()) returns. Needs the trace.'),
  );

const noUnawaitedCheck = z
  .strictObject({ type: z.literal('no-unawaited-coroutines'), ...common })
  .check(z.describe('No "coroutine … was never awaited" warning may appear on stderr.'));

const exceptionCheck = z
  .strictObject({
    type: z.literal('exception'),
    name: z
      .string()
      .check(
        z.regex(DOTTED_NAME, 'give the exception class name, e.g. ValueError'),
        z.describe('Exception type name, e.g. "ValueError", "TimeoutError", "CancelledError" (matched exactly).'),
      ),
    expect: z
      .enum(['raised-uncaught', 'handled', 'not-raised'])
      .check(
        z.describe(
          '"raised-uncaught": the program ends with this exception (also when it is inside an ExceptionGroup). ' +
            '"handled": it happened (a task or thread job ended with it; a cancelled task for CancelledError; an ' +
            'expired asyncio.timeout/wait_for for TimeoutError) and the program still exited 0 with no error. ' +
            '"not-raised": neither. An exception raised and caught inside one task is invisible to the trace: check ' +
            'its effect on stdout instead. Needs the trace.',
        ),
      ),
    ...common,
  })
  .check(z.describe('Whether an exception of this type happened and whether the program handled it.'));

const nameField = z
  .union([
    z.enum(CONSTRUCTS),
    z.string().check(z.regex(DOTTED_NAME, 'give a dotted name like asyncio.gather, or a construct')),
  ])
  .check(
    z.describe(
      `A dotted name as the program refers to it after resolving imports ("asyncio.TaskGroup", "time.sleep"), or one ` +
        `of the constructs ${CONSTRUCTS.map((c) => `"${c}"`).join(', ')}.`,
    ),
  );

const usesCheck = z
  .strictObject({ type: z.literal('uses'), name: nameField, ...common })
  .check(z.describe('The program must use this name or construct (checked on its source, not on the run).'));

const avoidsCheck = z
  .strictObject({ type: z.literal('avoids'), name: nameField, ...common })
  .check(z.describe('The program must not use this name or construct (checked on its source, not on the run).'));

const pythonCheck = z
  .strictObject({
    type: z.literal('python'),
    code: z
      .string()
      .check(
        z.regex(/^def check\(/m, 'define `def check(stdout, trace, globals):`'),
        z.describe(
          'Python source defining `def check(stdout, trace, globals):`, run by the runtime after the program: ' +
            "`stdout` is the output text, `trace` the list of trace events (dicts), `globals` the program's module " +
            'globals. Return True or None to pass, or a string: the learner-facing failure message.',
        ),
      ),
    ...common,
  })
  .check(z.describe('A custom check written in Python, for what the other checks cannot express.'));

const exitCodeCheck = z
  .strictObject({
    type: z.literal('exit-code'),
    is: z
      ._default(z.int().check(z.nonnegative()), 0)
      .check(z.describe('The expected exit status (0 = finished normally).')),
    ...common,
  })
  .check(z.describe('The exit status: 0 normally, 1 for an uncaught exception, n for sys.exit(n).'));

const outputLine = (what: string) =>
  z
    .string()
    .check(
      z.minLength(1),
      z.describe(`${what}: a whole line of the program's output (compared without surrounding whitespace).`),
    );

const overlapCheck = z
  .strictObject({
    type: z.literal('overlap'),
    spans: z
      .array(
        z.strictObject({
          label: z.string().check(z.minLength(1), z.describe('What this span is, for messages, e.g. "report.pdf".')),
          from: outputLine('The line printed when it starts'),
          to: outputLine('The line printed when it ends'),
        }),
      )
      .check(
        z.minLength(2, 'give at least two spans'),
        z.describe('Pieces of work, each from the output line printed when it starts to the one printed when it ends.'),
      ),
    ...common,
  })
  .check(
    z.describe(
      'These pieces of work were in flight at the same time: there is a moment of virtual time (longer than 1 ms) ' +
        'when every span had started and none had ended. Judged from when each line was printed (virtual time), ' +
        'not from the order of the lines, so any correct way of starting them passes. Needs the trace.',
    ),
  );

const happensBeforeCheck = z
  .strictObject({
    type: z.literal('happens-before'),
    first: outputLine('The line that must come first in virtual time'),
    then: outputLine('The line that must come later'),
    ...common,
  })
  .check(
    z.describe(
      '`first` is printed at an earlier virtual time than `then` (by more than 1 ms), e.g. "finished photo.jpg" ' +
        'before "finished report.pdf". Two lines printed at the same instant fail, whatever their order in the output. ' +
        'Needs the trace.',
    ),
  );

export const checkSchema = z
  .discriminatedUnion('type', [
    stdoutModes,
    elapsedCheck,
    concurrencyCheck,
    loopBlockedCheck,
    noPendingCheck,
    noUnawaitedCheck,
    exceptionCheck,
    usesCheck,
    avoidsCheck,
    pythonCheck,
    exitCodeCheck,
    overlapCheck,
    happensBeforeCheck,
  ])
  .check(
    z.superRefine((check, ctx) => {
      // Cross-field rules, reported at the field an author has to change.
      if (check.type === 'elapsed') {
        const bounds = [check.atMost, check.atLeast, check.approximately].filter((b) => b !== undefined).length;
        if (bounds === 0) {
          ctx.addIssue({ code: 'custom', path: ['atMost'], message: 'give atMost, atLeast or approximately' });
        }
        if (check.approximately !== undefined && bounds > 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['approximately'],
            message: 'approximately cannot be combined with atMost/atLeast',
          });
        }
        if (check.tolerance !== undefined && check.approximately === undefined) {
          ctx.addIssue({ code: 'custom', path: ['tolerance'], message: 'tolerance only applies to approximately' });
        }
        if (check.atMost !== undefined && check.atLeast !== undefined && check.atLeast > check.atMost) {
          ctx.addIssue({ code: 'custom', path: ['atLeast'], message: 'atLeast is larger than atMost' });
        }
      } else if (check.type === 'concurrency') {
        if (check.atLeast === undefined && check.atMost === undefined) {
          ctx.addIssue({ code: 'custom', path: ['atLeast'], message: 'give atLeast or atMost' });
        }
        if (check.atMost !== undefined && check.atLeast !== undefined && check.atLeast > check.atMost) {
          ctx.addIssue({ code: 'custom', path: ['atLeast'], message: 'atLeast is larger than atMost' });
        }
      } else if (check.type === 'happens-before' && check.first.trim() === check.then.trim()) {
        ctx.addIssue({ code: 'custom', path: ['then'], message: 'first and then are the same line' });
      } else if (check.type === 'stdout' && check.mode === 'regex') {
        try {
          new RegExp(check.pattern, check.flags);
        } catch (error) {
          ctx.addIssue({
            code: 'custom',
            path: ['pattern'],
            message: `not a valid regular expression: ${String(error)}`,
          });
        }
      }
    }),
  );

/** The fields of exercise.json (content/exercise-source.ts reuses them with checks that may name a file). */
export const exerciseShape = {
  $schema: z.optional(z.string()).check(z.describe('Editor hint (a JSON Schema URL); ignored.')),
  title: z.string().check(z.minLength(1), z.describe('Short title of the exercise, shown above the editor.')),
  goal: z
    .string()
    .check(
      z.minLength(10, 'say in one sentence what the learner must achieve'),
      z.maxLength(300, 'keep the goal to one sentence'),
      z.describe('One sentence saying what the program must do, e.g. "Make the two downloads run concurrently."'),
    ),
  language: z
    ._default(z.enum(LANGUAGES), 'python')
    .check(
      z.describe(
        'The language of the starter and solution: "typescript" runs them in the JavaScript runtime (output, ' +
          'exit-code, elapsed and trace checks apply; `python` checks do not).',
      ),
    ),
  starter: z
    ._default(
      z.string().check(z.regex(PROGRAM_FILE, 'a .py (or, for TypeScript, .ts) file name in the exercise folder')),
      'starter.py',
    )
    .check(
      z.describe('File (beside exercise.json) with the code the learner starts from (starter.ts for TypeScript).'),
    ),
  solution: z
    ._default(
      z.string().check(z.regex(PROGRAM_FILE, 'a .py (or, for TypeScript, .ts) file name in the exercise folder')),
      'solution.py',
    )
    .check(
      z.describe(
        'File (beside exercise.json) with a reference solution; it must pass every check (solution.ts for TypeScript).',
      ),
    ),
  hints: z
    .array(z.string().check(z.minLength(1)))
    .check(
      z.minLength(1, 'give at least one hint'),
      z.maxLength(5, 'give at most five hints'),
      z.describe(
        'One to five hints, revealed one at a time, each more concrete than the last (the last may all but give the answer).',
      ),
    ),
  checks: z
    .array(checkSchema)
    .check(
      z.minLength(1, 'give at least one check'),
      z.describe('What a correct program must do; every check must pass. Failing checks show their messages in order.'),
    ),
  stdin: z
    .optional(z.string())
    .check(z.describe('Text the program reads with input(); without it input() raises EOFError.')),
  cpuTime: z
    ._default(z.boolean(), true)
    .check(
      z.describe(
        "false: pure virtual time — the program's own Python code costs no CPU time, only sleeps and blocking calls take time.",
      ),
    ),
};

interface LanguageFields {
  language: (typeof LANGUAGES)[number];
  starter: string;
  solution: string;
  checks: readonly unknown[];
}

/** Rules across fields that depend on the language, reported at the field an author has to change. */
export function languageRules(spec: LanguageFields, ctx: z.core.$RefinementCtx): void {
  const extension = EXTENSION[spec.language];
  for (const field of ['starter', 'solution'] as const) {
    const file = spec[field];
    if (file !== `${field}.py` && !file.endsWith(extension))
      ctx.addIssue({ code: 'custom', path: [field], message: `a ${spec.language} exercise needs a ${extension} file` });
  }
  if (spec.language !== 'typescript') return;
  spec.checks.forEach((check, index) => {
    if (typeof check === 'object' && check !== null && 'type' in check && check.type === 'python')
      ctx.addIssue({
        code: 'custom',
        path: ['checks', index, 'type'],
        message:
          'a python check runs Python code beside the program, so it cannot grade a TypeScript exercise; use ' +
          'stdout, exit-code, elapsed, overlap or happens-before checks',
      });
  });
}

/** A TypeScript exercise's files default to starter.ts and solution.ts. */
export function languageDefaults<T extends LanguageFields>(spec: T): T {
  if (spec.language !== 'typescript') return spec;
  return {
    ...spec,
    starter: spec.starter === 'starter.py' ? 'starter.ts' : spec.starter,
    solution: spec.solution === 'solution.py' ? 'solution.ts' : spec.solution,
  };
}

export const exerciseSchema = z
  .strictObject(exerciseShape)
  .check(z.superRefine(languageRules), z.overwrite(languageDefaults));

export type ExerciseSpec = z.output<typeof exerciseSchema>;
export type ExerciseInput = z.input<typeof exerciseSchema>;
export type Check = z.output<typeof checkSchema>;
export type CheckType = Check['type'];
export type CheckOf<T extends CheckType> = Extract<Check, { type: T }>;

/** Check types that read the trace: run the program with `trace: true` when any of them is present. */
const TRACE_CHECKS: ReadonlySet<CheckType> = new Set([
  'concurrency',
  'loop-blocked',
  'no-pending-tasks',
  'exception',
  'python',
  'overlap',
  'happens-before',
]);

export function needsTrace(checks: readonly Check[]): boolean {
  return checks.some((check) => TRACE_CHECKS.has(check.type));
}

/** The `python` checks in spec order: the runtime runs these and returns one result each, in the same order. */
export function pythonChecks(checks: readonly Check[]): CheckOf<'python'>[] {
  return checks.filter((check): check is CheckOf<'python'> => check.type === 'python');
}

/** Whether a `uses`/`avoids` name is a construct keyword rather than a dotted name. */
export function isConstruct(name: string): name is Construct {
  return (CONSTRUCTS as readonly string[]).includes(name);
}
