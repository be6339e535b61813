/**
 * The Python package's own unit tests (packages/starlight-awaitable/src/runtime/python/tests), run inside Pyodide in Node — the interpreter the
 * site really uses — plus the TypeScript path for grading options (checks, inspect) through the Node runtime.
 */
import { loadPyodide } from 'pyodide';
import { afterAll, describe, expect, it } from 'vitest';
import { installPackage, PACKAGE_ROOT } from '../../packages/starlight-awaitable/src/runtime/host.ts';
import { createNodeRuntime } from '../../packages/starlight-awaitable/src/runtime/node/node-runtime.ts';
import {
  readPackageFiles,
  readPythonFolder,
} from '../../packages/starlight-awaitable/src/runtime/node/package-files.ts';
import { isRunResult } from '../../packages/starlight-awaitable/src/runtime/protocol.ts';

/** Skips are only acceptable for what Pyodide cannot do at all. */
const ALLOWED_SKIP = /no threads|needs JSPI/i;

interface Outcome {
  testsRun: number;
  failures: Array<{ test: string; traceback: string }>;
  skipped: Array<{ test: string; reason: string }>;
}

const RUN_TESTS = `
import io, json, sys, unittest
root = ${JSON.stringify(PACKAGE_ROOT)}
suite = unittest.TestLoader().discover(start_dir=root + "/tests", top_level_dir=root)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
json.dumps({
    "testsRun": result.testsRun,
    "failures": [{"test": str(t), "traceback": tb} for t, tb in result.failures + result.errors
                 + [(t, "unexpected success") for t in result.unexpectedSuccesses]],
    "skipped": [{"test": str(t), "reason": reason} for t, reason in result.skipped],
})
`;

describe('Python unit tests under Pyodide', () => {
  it('all pass', async () => {
    const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
    installPackage(py, { ...readPackageFiles(), ...readPythonFolder('tests') });
    const outcome = JSON.parse(py.runPython(RUN_TESTS) as string) as Outcome;
    const report = outcome.failures.map((f) => `FAIL ${f.test}\n${f.traceback}`).join('\n');
    expect(outcome.failures, report).toEqual([]);
    const badSkips = outcome.skipped.filter((s) => !ALLOWED_SKIP.test(s.reason));
    expect(badSkips, 'tests skipped under Pyodide for a reason other than threads/JSPI').toEqual([]);
    expect(outcome.testsRun).toBeGreaterThan(100);
    console.log(`Python unit tests under Pyodide: ${outcome.testsRun} run, ${outcome.skipped.length} skipped`);
  });
});

describe('grading options through the Node runtime', () => {
  const runtime = createNodeRuntime(30);
  afterAll(() => runtime.dispose());

  it('runs checks and returns the inspection', async () => {
    const result = await runtime.run({
      source: [
        'import asyncio as aio',
        'total = 0',
        'async def add(n):',
        '    global total',
        '    await aio.sleep(n)',
        '    total += n',
        '    print("added", n)',
        'async def main():',
        '    await aio.gather(add(1), add(2))',
        'aio.run(main())',
      ].join('\n'),
      checks: [
        'def check(stdout, trace, globals):\n    print("hidden")\n    return globals["total"] == 3',
        'def check(stdout, trace, globals):\n    return "saw %d events" % len(trace)',
        'def check(stdout, trace, globals):\n    raise KeyError("x")',
      ],
      inspect: true,
    });
    expect(isRunResult(result)).toBe(true);
    expect(result.stdout).toBe('added 1\nadded 2\n');
    expect(result.elapsed).toBeCloseTo(2, 3);
    expect(result.events).toEqual([]);
    expect(result.checks![0]).toEqual({ passed: true, message: null });
    expect(result.checks![1]!.passed).toBe(false);
    expect(result.checks![1]!.message).toMatch(/^saw \d+ events$/);
    expect(result.checks![2]!.message).toMatch(/^The check itself raised KeyError: 'x'/);
    expect(result.inspection).toEqual({
      names: ['add', 'asyncio', 'asyncio.gather', 'asyncio.run', 'asyncio.sleep', 'main', 'n', 'print', 'total'],
      constructs: ['async def', 'await', 'global'],
    });
  });

  it('leaves the keys out when not asked, and sys.exit(n) is not an error', async () => {
    const result = await runtime.run({ source: 'import sys\nsys.exit(3)\n' });
    expect(isRunResult(result)).toBe(true);
    expect(result).not.toHaveProperty('checks');
    expect(result).not.toHaveProperty('inspection');
    expect(result.exitCode).toBe(3);
    expect(result.error).toBeNull();
  });
});
