/**
 * The grader on real programs, run under the runtime as the Check button runs them: each layer (syntax error,
 * crash, limit, checks) and each misconception message, on several correct and wrong attempts. Correct programs
 * must never get a misconception finding; wrong ones must get the targeted message first, naming the line.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readAnalysis, type Finding } from '../../packages/starlight-awaitable/src/grading/analysis.ts';
import { gradingRunOptions, type GradingSpec } from '../../packages/starlight-awaitable/src/grading/grade.ts';
import { gradeExercise, readExerciseSpec } from '../../packages/starlight-awaitable/src/grading/node/grade-exercise.ts';
import { exerciseSchema } from '../../packages/starlight-awaitable/src/grading/schema.ts';
import { createNodeRuntime } from '../../packages/starlight-awaitable/src/runtime/node/node-runtime.ts';

const runtime = createNodeRuntime(4);
afterAll(() => runtime.dispose());

const DOWNLOADS = 'content/lessons/why-asyncio/concurrent-downloads';
const downloads = readExerciseSpec(DOWNLOADS);

const spec = (checks: unknown[]): GradingSpec =>
  exerciseSchema.parse({ title: 't', goal: 'A goal sentence for a test.', hints: ['h'], checks });

const grade = (source: string, exercise: GradingSpec = downloads) =>
  gradeExercise({ exerciseDir: DOWNLOADS, source, runtime, spec: exercise });

/** What the code analysis alone finds in a program (run as the grader runs it). */
async function findings(source: string): Promise<Finding[]> {
  const options = gradingRunOptions(spec([{ type: 'exit-code' }]), source);
  const result = await runtime.run({ source, filename: 'main.py', ...options });
  const analysis = readAnalysis(result.checks?.at(-1));
  expect(analysis?.parsed).toBe(true);
  return analysis!.findings;
}

const HEAD = `import asyncio


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)
    print(f"finished {name}")
    return f"{name} ({seconds} s)"


async def main():
`;
const TAIL = `    print("got", report, "and", photo)


asyncio.run(main())
`;
/** A concurrent-downloads attempt: `body` is main()'s body before the final print (indented 4). */
const attempt = (body: string) => HEAD + body + TAIL;

describe('Download both files at once: correct attempts in different styles are solved', () => {
  const styles = {
    gather: '    report, photo = await asyncio.gather(download("report.pdf", 2), download("photo.jpg", 1))\n',
    'create_task, then await the other directly':
      '    report_task = asyncio.create_task(download("report.pdf", 2))\n' +
      '    photo = await download("photo.jpg", 1)\n' +
      '    report = await report_task\n',
    'two tasks':
      '    photo_task = asyncio.create_task(download("photo.jpg", 1))\n' +
      '    report_task = asyncio.create_task(download("report.pdf", 2))\n' +
      '    report, photo = await report_task, await photo_task\n',
    TaskGroup:
      '    async with asyncio.TaskGroup() as tg:\n' +
      '        r = tg.create_task(download("report.pdf", 2))\n' +
      '        p = tg.create_task(download("photo.jpg", 1))\n' +
      '    report, photo = r.result(), p.result()\n',
  };
  for (const [style, body] of Object.entries(styles)) {
    it(style, async () => {
      const report = await grade(attempt(body));
      expect(report).toMatchObject({ solved: true, ran: 'finished', error: null });
      expect(report.checks.every((check) => check.passed)).toBe(true);
      expect(await findings(attempt(body))).toEqual([]);
    });
  }
});

describe('layer 1: how the program ended comes first', () => {
  it('a syntax error is explained with its line, caret and usual cause, and nothing else is judged', async () => {
    const source = attempt(
      '    report = await download("report.pdf", 2)\n    photo = await download("photo.jpg", 1)\n',
    ).replace('async def main():', 'async def main()');
    const report = await grade(source);
    expect(report).toMatchObject({ solved: false, ran: 'syntax-error' });
    expect(report.error).toEqual({ type: 'SyntaxError', message: "expected ':'", line: 11 });
    expect(report.checks).toHaveLength(1);
    const [only] = report.checks;
    expect(only!.passed).toBe(false);
    expect(only!.message).toMatch(/^Line 11 has a syntax error: expected ':'\. /);
    expect(only!.message).toContain('must end with a colon');
    expect(only!.message).toContain('async def main()\n                ^');
    expect(only!.message).not.toMatch(/create_task|gather|took|concurrently/);
  });

  it('an exercise that asks for create_task is not told to use it when the code has a syntax error', async () => {
    const exercise = spec([{ type: 'uses', name: 'asyncio.create_task' }, { type: 'exit-code' }]);
    const report = await grade('import asyncio\nasyncio.create_task(x(\n', exercise);
    expect(report.ran).toBe('syntax-error');
    // The excerpt quotes the code; no message may say the code lacks what it has.
    expect(report.checks.map((c) => c.message).join('\n')).not.toMatch(/asks you to use|start each/);
  });

  it('an infinite loop: "never finished", and no check reported as passed', async () => {
    const report = await grade(attempt('    while True:\n        pass\n'));
    expect(report).toMatchObject({ solved: false, ran: 'limit', error: { type: 'TimeLimitExceeded' } });
    expect(report.checks[0]!.message).toMatch(/^Your program never finished: .*infinite loop.*while loop on line 12:/);
    expect(report.checks.some((check) => check.passed)).toBe(false);
  });

  it('a virtual-time limit (a loop that keeps sleeping) is a limit too', async () => {
    const report = await grade(attempt('    while True:\n        await asyncio.sleep(60)\n'));
    expect(report).toMatchObject({ ran: 'limit', error: { type: 'VirtualTimeLimitExceeded' } });
    expect(report.checks[0]!.message).toMatch(/^Your program never finished: its virtual clock passed one hour/);
    expect(report.checks.some((check) => check.passed)).toBe(false);
  });

  it('a deadlock is explained as never finishing, naming the stuck task', async () => {
    const source =
      'import asyncio\n\nasync def main():\n    lock = asyncio.Lock()\n    await lock.acquire()\n' +
      '    await lock.acquire()\n\nasyncio.run(main())\n';
    const report = await grade(source, spec([{ type: 'exit-code' }]));
    expect(report).toMatchObject({ ran: 'limit', error: { type: 'DeadlockError' } });
    expect(report.checks[0]!.message).toMatch(/^Your program never finished: it got stuck/);
    expect(report.checks[0]!.message).toContain('Task-1');
  });

  it('a crash: "stopped with ValueError on line N" first, then no behaviour check at all', async () => {
    const body = '    report, photo = await asyncio.gather(download("report.pdf", 2), download("photo.jpg", 1))\n';
    const source = attempt(body).replace('    print(f"finished {name}")\n', '    raise ValueError("network down")\n');
    const report = await grade(source);
    expect(report).toMatchObject({ solved: false, ran: 'exception', error: { type: 'ValueError', line: 7 } });
    expect(report.checks[0]!.message).toBe(
      "Your program stopped with ValueError on line 7: network down. Its behaviour wasn't checked, since it " +
        "didn't get to the end.",
    );
    expect(report.checks.some((check) => check.passed)).toBe(false);
  });

  it('an uncaught ExceptionGroup from a TaskGroup names the exception inside it', async () => {
    const source = attempt(
      '    async with asyncio.TaskGroup() as tg:\n        tg.create_task(download("report.pdf", 2))\n' +
        '        tg.create_task(asyncio.to_thread(int, "x"))\n    report = photo = None\n',
    );
    const report = await grade(source);
    expect(report.ran).toBe('exception');
    expect(report.checks[0]!.message).toMatch(/^Your program stopped with ExceptionGroup/);
    expect(report.checks[0]!.message).toContain("Inside it: ValueError: invalid literal for int() with base 10: 'x'.");
    expect(report.checks.some((check) => check.passed)).toBe(false);
  });

  it('after a crash, a failing uses check is still shown, judged from the syntax tree', async () => {
    const exercise = spec([{ type: 'uses', name: 'asyncio.TaskGroup' }, { type: 'exit-code' }]);
    const report = await grade('import asyncio\n\nasync def main():\n    1 / 0\n\nasyncio.run(main())\n', exercise);
    expect(report.ran).toBe('exception');
    expect(report.checks).toHaveLength(2);
    expect(report.checks[0]).toMatchObject({
      passed: false,
      message: expect.stringMatching(/^Your program stopped with ZeroDivisionError on line 4/),
    });
    expect(report.checks[1]).toMatchObject({
      passed: false,
      message: expect.stringMatching(/^This exercise asks you to use asyncio\.TaskGroup/),
    });
  });

  it('an exercise that expects an uncaught exception judges its checks as usual', async () => {
    const exercise = spec([{ type: 'exception', name: 'KeyError', expect: 'raised-uncaught' }]);
    const report = await grade('import asyncio\n\nasync def main():\n    {}["x"]\n\nasyncio.run(main())\n', exercise);
    expect(report).toMatchObject({ solved: true, ran: 'exception', error: { type: 'KeyError' } });
  });
});

describe('layer 2: misconceptions, each naming the line and the fix', () => {
  it('await missing before gather: explains "await wasn\'t used with future"', async () => {
    const report = await grade(
      attempt('    report, photo = asyncio.gather(download("report.pdf", 2), download("photo.jpg", 1))\n'),
    );
    expect(report).toMatchObject({ ran: 'exception', error: { type: 'RuntimeError', line: 12 } });
    expect(report.checks[0]!.message).toMatch(/^Your program stopped with RuntimeError on line 12: await wasn't used/);
    expect(report.checks[1]!.message).toMatch(/^Line 12 calls asyncio\.gather\(\.\.\.\) without await\. /);
    expect(report.checks[1]!.message).toContain('is what raised "RuntimeError: await wasn\'t used with future"');
    expect(report.checks[1]!.message).toContain('= await asyncio.gather(...)');
    expect(report.checks.some((check) => check.passed)).toBe(false);
  });

  for (const [how, use, word] of [
    [
      'unpacked later with *',
      '    results = asyncio.gather(download("report.pdf", 2), download("photo.jpg", 1))\n    report, photo = [*results]\n',
      'unpacking',
    ],
    [
      'looped over later',
      '    results = asyncio.gather(download("report.pdf", 2), download("photo.jpg", 1))\n    report, photo = [r for r in results]\n',
      'looping over',
    ],
  ] as const) {
    it(`await missing before gather whose stored result is ${how}: explained at the later line`, async () => {
      const report = await grade(attempt(use));
      expect(report).toMatchObject({ ran: 'exception', error: { type: 'RuntimeError', line: 13 } });
      expect(report.checks[1]!.message).toMatch(/^Line 12 calls asyncio\.gather\(\.\.\.\) without await\. /);
      expect(report.checks[1]!.message).toContain(`${word} that future on line 13 is what raised`);
    });
  }

  it('await missing before gather whose result is dropped', async () => {
    const report = await grade(
      attempt('    asyncio.gather(download("report.pdf", 2), download("photo.jpg", 1))\n    report = photo = None\n'),
    );
    expect(report.ran).toBe('finished');
    expect(report.checks[0]!.message).toMatch(/^Line 12 calls asyncio\.gather\(\.\.\.\) without await, so nothing/);
  });

  it('await missing before wait_for, even when the result is printed', async () => {
    const source =
      'import asyncio\n\nasync def slow():\n    await asyncio.sleep(0.5)\n    return "data"\n\n' +
      'async def main():\n    result = asyncio.wait_for(slow(), timeout=1)\n    print(result)\n\nasyncio.run(main())\n';
    const exercise = spec([{ type: 'stdout', mode: 'contains', value: 'data' }, { type: 'no-unawaited-coroutines' }]);
    const report = await grade(source, exercise);
    expect(report.solved).toBe(false);
    expect(report.checks[0]!.message).toMatch(/^Line 8 calls asyncio\.wait_for\(\.\.\.\) without await\. wait_for is/);
  });

  it('await missing before a task', async () => {
    const report = await grade(
      attempt(
        '    report_task = asyncio.create_task(download("report.pdf", 2))\n' +
          '    photo = await download("photo.jpg", 1)\n    report = report_task\n',
      ),
    );
    expect(report.solved).toBe(false);
    expect(report.checks[0]!.message).toMatch(/^Line 12 starts a task with asyncio\.create_task\(\.\.\.\) and stores/);
    expect(report.checks[0]!.message).toContain('await task');
  });

  it('a task created and never kept', async () => {
    const report = await grade(
      attempt(
        '    asyncio.create_task(download("report.pdf", 2))\n    photo = await download("photo.jpg", 1)\n' +
          '    report = "?"\n',
      ),
    );
    expect(report.solved).toBe(false);
    expect(report.checks[0]!.message).toMatch(/^Line 12 starts a task with asyncio\.create_task\(\.\.\.\) and throws/);
    expect(report.checks[0]!.message).toContain('TaskGroup');
  });

  it('time.sleep in async def', async () => {
    const source = attempt(
      '    report, photo = await asyncio.gather(download("report.pdf", 2), download("photo.jpg", 1))\n',
    )
      .replace('    await asyncio.sleep(seconds)\n', '    time.sleep(seconds)\n')
      .replace('import asyncio\n', 'import asyncio\nimport time\n');
    const report = await grade(source);
    expect(report.solved).toBe(false);
    expect(report.checks[0]!.message).toMatch(/^Line 7 calls time\.sleep inside async def download\(\): /);
    expect(report.checks[0]!.message).toContain('await asyncio.sleep(...)');
  });

  it('coroutines awaited one after another where the goal needs them together (the starter)', async () => {
    const report = await grade(readStarter());
    expect(report).toMatchObject({ solved: false, ran: 'finished' });
    expect(report.checks[0]!.message).toMatch(/^Lines 14–15 await download\(\.\.\.\) and then download\(\.\.\.\) one/);
  });

  it('an await inside a for loop, where the goal needs them together', async () => {
    const report = await grade(
      attempt(
        '    results = []\n    for name, seconds in [("report.pdf", 2), ("photo.jpg", 1)]:\n' +
          '        results.append(await download(name, seconds))\n    report, photo = results\n',
      ),
    );
    expect(report.solved).toBe(false);
    expect(report.checks[0]!.message).toMatch(/^Line 14 awaits download\(\.\.\.\) inside a for loop/);
  });

  const SHOP = (buy: string, main = '    await asyncio.gather(buy("ann"), buy("bob"), buy("cy"))\n') =>
    'import asyncio\n\nstock = 2\n\n\n' +
    buy +
    '\n\nasync def main():\n' +
    main +
    '    print("stock", stock)\n\n\nasyncio.run(main())\n';
  const BUY_BODY =
    '        global stock\n        if stock > 0:\n            await asyncio.sleep(0.1)\n            stock -= 1\n' +
    '            print(name, "bought one")\n        else:\n            print(name, "found it sold out")\n';
  const shopSpec = spec([
    { type: 'uses', name: 'asyncio.Lock' },
    { type: 'stdout', mode: 'contains', value: 'stock 0\n' },
  ]);

  it('a Lock created per call passes "uses asyncio.Lock" but is named for what it is', async () => {
    const source = SHOP('async def buy(name):\n    lock = asyncio.Lock()\n    async with lock:\n' + BUY_BODY);
    const report = await grade(source, shopSpec);
    expect(report.solved).toBe(false);
    expect(report.checks[0]!.message).toMatch(/^Line 7 creates a new asyncio\.Lock every time buy\(\) runs/);
    expect(report.checks[0]!.message).toContain('Create one Lock outside');
  });

  it('a shared Lock (module level, or made in main and passed in) is right and gets no finding', async () => {
    const global = SHOP('lock = asyncio.Lock()\n\n\nasync def buy(name):\n    async with lock:\n' + BUY_BODY);
    expect(await grade(global, shopSpec)).toMatchObject({ solved: true });
    expect(await findings(global)).toEqual([]);
    const passed = SHOP(
      'async def buy(name, lock):\n    async with lock:\n' + BUY_BODY,
      '    lock = asyncio.Lock()\n    await asyncio.gather(*(buy(n, lock) for n in ["ann", "bob", "cy"]))\n',
    );
    expect(await grade(passed, shopSpec)).toMatchObject({ solved: true });
    expect(await findings(passed)).toEqual([]);
  });

  const FETCH =
    'import asyncio\n\n\nasync def fetch():\n    await asyncio.sleep(5)\n    return "data"\n\n\nasync def main():\n';
  const timeoutSpec = spec([
    { type: 'exception', name: 'TimeoutError', expect: 'handled' },
    { type: 'stdout', mode: 'contains', value: 'gave up' },
  ]);

  it('a timeout caught inside the async with block', async () => {
    const source =
      FETCH +
      '    async with asyncio.timeout(1):\n        try:\n            print(await fetch())\n' +
      '        except TimeoutError:\n            print("gave up")\n\n\nasyncio.run(main())\n';
    const report = await grade(source, timeoutSpec);
    expect(report).toMatchObject({ solved: false, ran: 'exception', error: { type: 'TimeoutError' } });
    expect(report.checks[0]!.message).toMatch(/^Your program stopped with TimeoutError on line 10/);
    expect(report.checks[1]!.message).toMatch(
      /^Line 11's try\/except is inside async with asyncio\.timeout\(\.\.\.\) \(line 10\)/,
    );
    expect(report.checks[1]!.message).toContain('Put the try: around the async with block');
  });

  it('a timeout caught outside is right', async () => {
    const source =
      FETCH +
      '    try:\n        async with asyncio.timeout(1):\n            print(await fetch())\n' +
      '    except TimeoutError:\n        print("gave up")\n\n\nasyncio.run(main())\n';
    expect(await grade(source, timeoutSpec)).toMatchObject({ solved: true, ran: 'finished' });
    expect(await findings(source)).toEqual([]);
  });
});

describe('the analysis never blames common correct code', () => {
  const correct = {
    'a queue of workers':
      'import asyncio\n\nasync def work(q, out):\n    while True:\n        item = await q.get()\n' +
      '        await asyncio.sleep(item)\n        out.append(item)\n        q.task_done()\n\n' +
      'async def main():\n    q = asyncio.Queue()\n    out = []\n    for i in (1, 2, 3):\n        q.put_nowait(i)\n' +
      '    workers = [asyncio.create_task(work(q, out)) for _ in range(3)]\n    await q.join()\n' +
      '    for w in workers:\n        w.cancel()\n    print(sorted(out))\n\nasyncio.run(main())\n',
    'coroutines collected in a list, then gathered':
      'import asyncio\n\nasync def f(x):\n    await asyncio.sleep(x)\n    return x\n\nasync def main():\n' +
      '    coros = [f(x) for x in (1, 2)]\n    print(await asyncio.gather(*coros))\n\nasyncio.run(main())\n',
    'a background task kept in a set':
      'import asyncio\n\nasync def tick():\n    await asyncio.sleep(1)\n\nasync def main():\n    keep = set()\n' +
      '    t = asyncio.create_task(tick())\n    keep.add(t)\n    t.add_done_callback(keep.discard)\n' +
      '    await asyncio.sleep(2)\n\nasyncio.run(main())\n',
    'wait_for awaited, its result stored first':
      'import asyncio\n\nasync def f():\n    await asyncio.sleep(1)\n    return 1\n\nasync def main():\n' +
      '    pending = asyncio.wait_for(f(), timeout=2)\n    print(await pending)\n\nasyncio.run(main())\n',
    'tasks created in a loop and awaited after it':
      'import asyncio\n\nasync def f(x):\n    await asyncio.sleep(x)\n\nasync def main():\n    tasks = []\n' +
      '    for x in (1, 2):\n        tasks.append(asyncio.create_task(f(x)))\n    for t in tasks:\n        await t\n\n' +
      'asyncio.run(main())\n',
    'an async generator iterated with async for':
      'import asyncio\n\nasync def pages():\n    for n in (1, 2):\n        await asyncio.sleep(0.5)\n        yield n\n\n' +
      'async def main():\n    async for page in pages():\n        print(page)\n\nasyncio.run(main())\n',
    'a coroutine given to async for (a TypeError the outcome explains, not a missing await)':
      'import asyncio\n\nasync def names():\n    return ["a"]\n\nasync def main():\n    async for n in names():\n' +
      '        print(n)\n\nasyncio.run(main())\n',
    'time.sleep in a thread, not in async def':
      'import asyncio\nimport time\n\ndef blocking():\n    time.sleep(1)\n\nasync def main():\n' +
      '    await asyncio.to_thread(blocking)\n\nasyncio.run(main())\n',
  };
  for (const [name, source] of Object.entries(correct)) {
    it(name, async () => {
      expect(await findings(source)).toEqual([]);
    });
  }
});

function readStarter(): string {
  return readFileSync(`${DOWNLOADS}/starter.py`, 'utf8');
}
