/**
 * Runs learner programs in a loaded Pyodide. Shared by the browser worker and the Node runner, which differ only
 * in how they load Pyodide and find the Python package's files.
 */
import type { HostMessage, OutputChunk, RunMessage, RunRequest, RunResult } from './protocol.ts';

/** The subset of Pyodide's API we use (keeps this module free of Pyodide's types and of any DOM). */
export interface PyodideLike {
  FS: {
    mkdirTree(path: string): void;
    writeFile(path: string, data: string): void;
  };
  runPython(code: string): unknown;
  /** Where Pyodide looks for a signal to raise in Python (SIGINT = 2); see HostRequest's `interrupt`. */
  setInterruptBuffer?(buffer: Int32Array): void;
}

interface PyCallable {
  (...args: unknown[]): unknown;
  destroy?: () => void;
}

/** Where the package goes in Pyodide's file system; the directory is put on sys.path. */
export const PACKAGE_ROOT = '/home/pyodide/awaitable';

/**
 * Writes the package's files into Pyodide's file system and imports it.
 * @param files path relative to the package's parent (e.g. "awaitable_runtime/loop.py") → source text
 */
export function installPackage(py: PyodideLike, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = `${PACKAGE_ROOT}/${path}`;
    py.FS.mkdirTree(full.slice(0, full.lastIndexOf('/')));
    py.FS.writeFile(full, text);
  }
  py.runPython(`
import sys
if ${JSON.stringify(PACKAGE_ROOT)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(PACKAGE_ROOT)})
import awaitable_runtime
`);
}

/** The Python side of a run: JSON in, JSON out, so that no Python objects leak into JS. */
const ENTRY = `
import json
import awaitable_runtime

def _awaitable_entry(request_json, on_output=None):
    request = json.loads(request_json)
    result = awaitable_runtime.run_program(
        request["source"],
        request.get("filename") or "main.py",
        stdin=request.get("stdin"),
        trace=bool(request.get("trace")),
        full_traceback=bool(request.get("fullTraceback")),
        on_output=on_output,
        checks=request.get("checks"),
        inspect=bool(request.get("inspect")),
        cpu_time=request.get("cpuTime") is not False,
    )
    return json.dumps(result)

_awaitable_entry
`;

export class ProgramRunner {
  private readonly entry: PyCallable;

  constructor(py: PyodideLike) {
    this.entry = py.runPython(ENTRY) as PyCallable;
  }

  /**
   * Runs one program. `onOutput`, if given, receives each chunk as the program writes it (the caller batches);
   * the result holds all of them anyway.
   */
  run(request: RunRequest, onOutput?: (chunk: OutputChunk) => void): RunResult {
    const callback = onOutput
      ? (stream: 'stdout' | 'stderr', text: string, t: number) => onOutput({ stream, text, t })
      : undefined;
    const json = this.entry(JSON.stringify(request), callback) as string;
    return JSON.parse(json) as RunResult;
  }
}

/**
 * Handles one `run` request on a runtime thread (browser worker or Node thread): runs it, streams output in
 * batches when asked, then answers with the result — or says the interpreter crashed.
 */
export function answerRun(
  runner: ProgramRunner,
  message: RunMessage,
  post: (message: HostMessage) => void,
  interrupt?: Int32Array,
): void {
  const { id, request, stream } = message;
  if (interrupt) Atomics.store(interrupt, 0, 0); // a late stop of the previous run must not hit this one
  const send = (chunks: OutputChunk[]) => post({ type: 'output', id, chunks });
  // Without an interrupt buffer a run that never ends is stopped by terminating this thread, which loses whatever
  // is held here: then pass each chunk on at once (Python already batches its writes).
  const batcher = interrupt ? new OutputBatcher(send) : null;
  try {
    const onOutput = (chunk: OutputChunk) => (batcher ? batcher.push(chunk) : send([chunk]));
    const result = runner.run(request, stream ? onOutput : undefined);
    batcher?.drain();
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'crashed', id, message: error instanceof Error ? error.message : String(error) });
  }
}

/** Collects output chunks and flushes them in batches, so a flood of prints costs few messages. */
export class OutputBatcher {
  private pending: OutputChunk[] = [];
  private lastFlush = 0;
  private readonly flush: (chunks: OutputChunk[]) => void;
  private readonly intervalMs: number;
  private readonly maxChunks: number;
  private readonly now: () => number;

  constructor(flush: (chunks: OutputChunk[]) => void, intervalMs = 50, maxChunks = 500, now = () => Date.now()) {
    this.flush = flush;
    this.intervalMs = intervalMs;
    this.maxChunks = maxChunks;
    this.now = now;
  }

  push(chunk: OutputChunk): void {
    this.pending.push(chunk);
    if (this.pending.length >= this.maxChunks || this.now() - this.lastFlush >= this.intervalMs) this.drain();
  }

  drain(): void {
    this.lastFlush = this.now();
    if (this.pending.length === 0) return;
    const chunks = this.pending;
    this.pending = [];
    this.flush(chunks);
  }
}
