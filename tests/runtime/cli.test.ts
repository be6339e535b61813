/** The pyrun command-line contract (README → Command-line runner), exercised as a user would. */
import { describe, expect, it } from 'vitest';
import { pyrun, pyrunJson } from './pyrun';

const fixture = (name: string) => `tests/runtime/fixtures/${name}.py`;

describe('pyrun', () => {
  it('prints the program output in order, then the virtual time on stderr, and exits with its status', () => {
    const run = pyrun([fixture('fails')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Traceback (most recent call last):');
    expect(run.stderr).toContain('File "fails.py", line 5, in divide');
    expect(run.stderr).toContain('ZeroDivisionError: division by zero');
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('[virtual time 1.000 s]');
  });

  it('keeps stdout and stderr apart', () => {
    const run = pyrun([fixture('interleave')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('to stdout\nstdout again\n');
    expect(run.stderr).toBe('to stderr\n[virtual time 0.000 s]\n');
  });

  it('--json prints one object per file, in order, with the documented fields', () => {
    const [fails, interleave] = pyrunJson([fixture('fails'), fixture('interleave')]);
    expect(Object.keys(fails!).sort()).toEqual(['elapsed', 'error', 'exitCode', 'file', 'stderr', 'stdout']);
    expect(fails).toMatchObject({
      file: fixture('fails'),
      exitCode: 1,
      error: { type: 'ZeroDivisionError', message: 'division by zero', line: 5 },
    });
    expect(fails!.elapsed).toBeCloseTo(1, 3); // 1 s of sleep plus microseconds of CPU time
    expect(interleave).toMatchObject({ exitCode: 0, error: null, stdout: 'to stdout\nstdout again\n' });
  });

  it("shows debug mode's creation tracebacks with the learner's frames only (no host entry frame)", () => {
    const run = pyrun([fixture('debug_unretrieved')]);
    expect(run.stderr).toContain('_GatheringFuture exception was never retrieved');
    expect(run.stderr).toContain('File "debug_unretrieved.py", line 10, in main');
    expect(run.stderr).not.toContain('<exec>');
  });

  it('--trace adds the events', () => {
    const [run] = pyrunJson([fixture('fails')], ['--trace']);
    const kinds = new Set(run!.events!.map((event) => event.kind));
    expect(kinds).toContain('task_created');
    expect(kinds).toContain('task_done');
    expect(run!.events!.map((event) => event.seq)).toEqual(run!.events!.map((_, index) => index + 1));
  });

  it('runs each file in fresh program state', () => {
    const runs = pyrunJson([fixture('leak_state'), fixture('leak_state')]);
    expect(runs.map((run) => run.stdout)).toEqual(['counter 1\n', 'counter 1\n']);
  });

  it('--stdin feeds input(); without it input() fails with a clear message', () => {
    const [given] = pyrunJson([fixture('greet')], ['--stdin', 'Ada\n']);
    expect(given!.stdout).toBe('Your name? Hello, Ada!\n');
    const [missing] = pyrunJson([fixture('greet')]);
    expect(missing!.exitCode).toBe(1);
    expect(missing!.error?.type).toBe('EOFError');
    expect(missing!.stderr).toMatch(/input\(\) but no input was given/);
  });

  it('stops a CPU spin at the wall-clock limit, keeps what it printed, and runs the next file', () => {
    const started = Date.now();
    const [spin, inTask, next] = pyrunJson(
      [fixture('spin'), fixture('spin-in-task'), fixture('interleave')],
      ['--timeout', '2'],
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(spin!.exitCode).toBe(1);
    expect(spin!.error?.type).toBe('TimeLimitExceeded');
    expect(spin!.error?.message).toMatch(/infinite loop/);
    expect(spin!.stdout).toBe('spinning\n');
    expect(spin!.stderr).toMatch(/^TimeLimitExceeded: .*infinite loop/);
    expect(inTask!.stdout).toBe('tick 0\ntick 1\ntick 2\nabout to spin\n');
    expect(inTask!.error?.type).toBe('TimeLimitExceeded');
    expect(next!.exitCode).toBe(0);
    expect(next!.stdout).toBe('to stdout\nstdout again\n');
  });

  it('shows the output printed before a wall-clock stop in plain mode too, then the notice', () => {
    const run = pyrun([fixture('spin-in-task'), '--timeout', '2']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('tick 0\ntick 1\ntick 2\nabout to spin\n');
    expect(run.stderr).toMatch(/^TimeLimitExceeded: .*infinite loop.*\n\[virtual time \d+\.\d{3} s\]\n$/s);
  });

  it('ends an endless allocation with a MemoryError (not the wall-clock limit), and the next file runs', () => {
    const [memory, next] = pyrunJson([fixture('endless-allocation'), fixture('interleave')]);
    expect(memory!.stdout).toBe('allocating\n');
    expect(memory!.error?.type).toBe('MemoryError');
    expect(memory!.error?.line).toBe(4);
    expect(memory!.error?.message).toMatch(/ran out of memory.*512 MB.*growing without end/);
    expect(memory!.stderr).toContain('MemoryError');
    expect(next!.exitCode).toBe(0);
    expect(next!.stdout).toBe('to stdout\nstdout again\n');
  });

  it('explains bad arguments with exit status 2', () => {
    expect(pyrun([]).status).toBe(2);
    expect(pyrun([]).stderr).toContain('no file given');
    const badTimeout = pyrun([fixture('interleave'), '--timeout', 'soon']);
    expect(badTimeout.status).toBe(2);
    expect(badTimeout.stderr).toContain('--timeout must be a positive number');
    const missing = pyrun(['no/such/file.py']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read no/such/file.py: ENOENT');
  });
});
