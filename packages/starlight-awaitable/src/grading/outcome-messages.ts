/**
 * Learner-facing wording for how a program ended when it did not finish: a syntax error (with the line, a caret
 * and what usually causes it), an uncaught exception, or a runtime limit. Builders take plain facts.
 */
import type { ErrorFacts } from './messages.ts';

const sentence = (text: string) => (/[.!?:]$/.test(text) ? text : `${text}.`);
const firstLine = (text: string) => (text.split('\n')[0] ?? '').trim();

/** What usually causes a syntax error, by the start of CPython's message. First match wins. */
const SYNTAX_CAUSES: [RegExp, string][] = [
  [
    /^expected ':'/,
    'A line that starts a block — def, async def, if, for, while, with, try, except, class — must end with a colon.',
  ],
  [
    /^'await' outside (async )?function/,
    'await only works inside an async def function. Put this code in async def main(): and start it with ' +
      'asyncio.run(main()).',
  ],
  [
    /^'async (with|for)' outside async function|^asynchronous comprehension outside/,
    'async with and async for only work inside an async def function.',
  ],
  [/^expected an indented block/, 'The line after one ending in a colon must be indented (four spaces).'],
  [/^unexpected indent/, 'This line is indented more than the code around it. Indent only the lines inside a block.'],
  [
    /^unindent does not match|^inconsistent use of tabs/,
    'The indentation does not line up with any outer block: use four spaces per level, and no tabs.',
  ],
  [/was never closed/, 'A bracket opened here is never closed: add the matching ), ] or }.'],
  [/^unmatched /, 'This closing bracket has no opening one before it.'],
  [/^closing parenthesis .* does not match/, 'The brackets are mismatched: each (, [ and { needs its own closer.'],
  [/^unterminated (triple-quoted )?string/, 'A string starts here but its closing quote is missing.'],
  [
    /^invalid character|^invalid non-printable character/,
    'The line has a character Python does not accept, often a curly quote or dash pasted from a document: ' +
      'retype it.',
  ],
  [/^Missing parentheses in call to/, 'In Python 3, print is a function: print(...).'],
  [/Perhaps you forgot a comma/, 'Items in a list, a tuple or a call are separated by commas.'],
  [
    /^cannot assign to|^invalid syntax\. Maybe you meant '==' /,
    'To compare, write ==; a single = assigns, and only to a name.',
  ],
  [
    /^invalid syntax/,
    'Usually a typo on this line or a bracket or quote left open on the line before (Python notices the ' +
      'problem where the code stops making sense, which can be just after the real mistake).',
  ],
];

export interface SyntaxFacts {
  message: string;
  line: number | null;
  /** The offending line and a caret line under it, as CPython printed them (null when not available). */
  excerpt: string | null;
}

export function syntaxErrorMessage(facts: SyntaxFacts): string {
  const where = facts.line ? `Line ${facts.line} has a syntax error` : 'Your program has a syntax error';
  const message = firstLine(facts.message);
  const cause = SYNTAX_CAUSES.find(([pattern]) => pattern.test(message))?.[1];
  return [
    `${where}: ${sentence(message)}`,
    "Python could not read the program, so none of it ran and its behaviour wasn't checked.",
    cause,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Likely causes of runtime errors that asyncio beginners meet, by type and the start of the message. */
const EXCEPTION_CAUSES: [type: string, message: RegExp, cause: string][] = [
  [
    'RuntimeError',
    /^asyncio\.run\(\) cannot be called from a running event loop/,
    'asyncio.run starts the event loop once, at the top of the program. Inside async code, await the ' +
      'coroutine instead.',
  ],
  [
    'TypeError',
    /^a coroutine was expected, got/,
    'Pass a coroutine: call the async function, as in asyncio.run(main()) or asyncio.create_task(work()), not ' +
      'asyncio.run(main).',
  ],
  [
    'TypeError',
    /can't be used in 'await' expression/,
    'Only coroutines, tasks and futures can be awaited: is the function you call an async def, and did you ' +
      'call it (with parentheses)?',
  ],
  [
    'TypeError',
    /^An asyncio\.Future, a coroutine or an awaitable is required/,
    'gather and wait take coroutines or tasks: pass work() (called), not work, and not its result.',
  ],
  [
    'TypeError',
    /^'async for' requires an object with __aiter__ method, got coroutine/,
    'async for needs an async iterator, and a plain async def gives a coroutine. Make the function an async ' +
      'generator — an async def that yields each item instead of returning them all — or await it and loop ' +
      'over its result with a plain for.',
  ],
  [
    'TypeError',
    /'coroutine' object|non-iterable coroutine object/,
    'A coroutine was used as if it were its result: calling an async def only creates a coroutine. An await is ' +
      'missing in front of the call.',
  ],
  [
    'AttributeError',
    /^'coroutine' object has no attribute/,
    'A coroutine was used as if it were its result: calling an async def only creates a coroutine. An await is ' +
      'missing in front of the call.',
  ],
  [
    'RuntimeError',
    /^no running event loop/,
    'This asyncio call needs a running loop: make it from inside an async def function started with ' +
      'asyncio.run(main()).',
  ],
  [
    'TimeoutError',
    /^/,
    'A timeout expired and nothing caught the TimeoutError: put try: … except TimeoutError: around the ' +
      'async with asyncio.timeout(...) block or the await asyncio.wait_for(...) call.',
  ],
  ['EOFError', /^/, "input() found nothing to read: this exercise doesn't give your program any input."],
];

export interface StoppedFacts extends ErrorFacts {
  /** For an ExceptionGroup: the exceptions inside it, as `ValueError: bad` lines. */
  inside?: string[];
}

/** "Your program stopped with ValueError on line 9: bad value." plus what usually causes it. */
export function stoppedMessage(error: StoppedFacts): string {
  if (error.type === 'SystemExit') {
    return `Your program stopped early with sys.exit (${error.message}), so it did not finish normally.`;
  }
  const where = error.line ? ` on line ${error.line}` : '';
  const text = firstLine(error.message);
  const head = `Your program stopped with ${error.type}${where}${text ? `: ${text}` : ''}`;
  const isGroup = error.type === 'ExceptionGroup' || error.type === 'BaseExceptionGroup';
  if (isGroup && error.inside && error.inside.length > 0) {
    const [first, ...rest] = error.inside;
    const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
    return (
      `${sentence(head)} Inside it: ${sentence(`${first}${more}`)} A task in a TaskGroup failed, so the group ` +
      'cancelled the others and raised them together. Catch them with except* SomeError: around the async with ' +
      'block, or handle the error inside the task.'
    );
  }
  const cause = EXCEPTION_CAUSES.find(([type, pattern]) => type === error.type && pattern.test(text))?.[2];
  return [sentence(head), "Its behaviour wasn't checked, since it didn't get to the end.", cause]
    .filter(Boolean)
    .join(' ');
}

/** What each runtime limit means, in place of its technical message's opening. */
const LIMIT_EXPLANATIONS: Record<string, string> = {
  TimeLimitExceeded:
    'it was still running when the time limit ran out, so it was stopped. Is there an infinite loop? A loop ' +
    'that never awaits anything (like while True: pass) never lets the event loop or the clock move on.',
  VirtualTimeLimitExceeded:
    'its virtual clock passed one hour. It probably waits for a very long time (asyncio.sleep(10**9)) or has a ' +
    'loop that never ends.',
  IdleLoopLimitExceeded:
    'its event loop went round 100,000 times without the clock moving: a task keeps yielding (asyncio.sleep(0) ' +
    'in a loop) while waiting for something that never happens.',
  OutputLimitExceeded: 'it printed more than 1 MB, so it was stopped. Is a print inside a loop that never ends?',
  ProgramTooLarge: 'it is too large to run here.',
  Stopped: 'you stopped it.',
  RuntimeCrashed: 'Python itself crashed while running it (out of memory or stack). Run it again to retry.',
};

/** "Your program never finished: …" for a run stopped by a limit (a deadlock lists the stuck tasks). */
export function neverFinishedMessage(error: ErrorFacts, loopLine: number | null = null): string {
  if (error.type === 'DeadlockError') {
    // The runtime's message: "Deadlock: no task can ever make progress." then one line per stuck task.
    const stuck = error.message
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean);
    return (
      'Your program never finished: it got stuck, with every task waiting for something that can never happen ' +
      `(a deadlock).${stuck.length ? ` ${stuck.map(sentence).join(' ')}` : ''}`
    );
  }
  const explanation = LIMIT_EXPLANATIONS[error.type] ?? sentence(firstLine(error.message));
  const look = loopLine
    ? ` Look at the while loop on line ${loopLine}: does anything inside it await, or ever make it stop?`
    : '';
  return `Your program never finished: ${explanation}${look}`;
}

export const VERDICT = {
  solved: (total: number) => `All ${total} checks passed — exercise solved!`,
  notYet: (passed: number, total: number) =>
    `${passed} of ${total} checks passed. Fix the first failing one and check again.`,
  'syntax-error': "Your program has a syntax error, so it didn't run.",
  exception: "Your program stopped with an error before the end, so its behaviour wasn't checked.",
  limit: "Your program never finished, so its behaviour wasn't checked.",
} as const;
