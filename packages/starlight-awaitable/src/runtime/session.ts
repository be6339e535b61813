/**
 * One runtime thread's lifecycle, shared by the browser client and the Node runner: start it early, run one
 * program at a time, enforce a wall-clock limit, and replace the thread when a run is stopped, exceeds the
 * limit or crashes. The thread itself is abstract (a Web Worker or a worker_threads Worker).
 */
import {
  CRASH_ERROR,
  hostErrorResult,
  parseHostMessage,
  SIGINT,
  STOPPED_ERROR,
  TIME_LIMIT_ERROR,
  timeLimitMessage,
  type HostMessage,
  type HostRequest,
  type OutputChunk,
  type RunRequest,
  type RunResult,
} from './protocol.ts';

export interface HostThread {
  post(message: HostRequest): void;
  terminate(): void;
}

export interface ThreadEvents {
  message(data: unknown): void;
  /** The thread died (uncaught error, out of memory, exit). */
  failure(reason: string): void;
}

export type ThreadFactory = (events: ThreadEvents) => HostThread;

export type RuntimeStatus =
  | { state: 'loading'; message: string; progress: number }
  | { state: 'ready' }
  | { state: 'running' }
  | { state: 'failed'; message: string };

export interface SessionRunOptions {
  /** Wall-clock limit for this run, in seconds. */
  timeLimit?: number;
  /** Called with output batches while the program runs. */
  onOutput?: (chunks: OutputChunk[]) => void;
}

interface PendingRun {
  id: number;
  resolve(result: RunResult): void;
  onOutput?: (chunks: OutputChunk[]) => void;
  streamed: OutputChunk[];
  timer: ReturnType<typeof setTimeout> | null;
  timeLimit: number;
  /** Set once the session asked Python to stop (interrupt buffer): how to report the run when it answers. */
  stopping: { type: string; message: string } | null;
}

/** How long an interrupted run may take to answer before its thread is terminated (C code ignores interrupts). */
export const INTERRUPT_GRACE_MS = 1500;

export const DEFAULT_TIME_LIMIT = 10;

/** What differs between the runtimes a session can host (Python by default; src/jsrun for JavaScript). */
export interface SessionFlavour {
  /** How the runtime is named in status messages ("Python", "JavaScript"). */
  name: string;
  /** Whether the thread honours the interrupt buffer (else a stopped run's thread is terminated at once). */
  interruptible: boolean;
  /** The notice of a run that reached the wall-clock limit. */
  timeLimitMessage: (seconds: number) => string;
}

const PYTHON: SessionFlavour = { name: 'Python', interruptible: true, timeLimitMessage };

export class RuntimeSession {
  private thread: HostThread | null = null;
  /** The current thread's secret; messages without it are ignored. */
  private token = '';
  /** The current thread's interrupt buffer (null where SharedArrayBuffer is unavailable: runs are terminated). */
  private interrupt: Int32Array | null = null;
  private ready: Promise<void> | null = null;
  private markReady: (() => void) | null = null;
  private failReady: ((message: string) => void) | null = null;
  private current: PendingRun | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private listeners = new Set<(status: RuntimeStatus) => void>();
  private lastStatus: RuntimeStatus;

  private readonly createThread: ThreadFactory;
  private readonly defaultTimeLimit: number;
  private readonly flavour: SessionFlavour;

  constructor(createThread: ThreadFactory, defaultTimeLimit = DEFAULT_TIME_LIMIT, flavour: SessionFlavour = PYTHON) {
    this.createThread = createThread;
    this.defaultTimeLimit = defaultTimeLimit;
    this.flavour = flavour;
    this.lastStatus = { state: 'loading', message: `${flavour.name} has not started yet.`, progress: 0 };
  }

  /** Starts the thread if it is not running (idempotent). Resolves when Python is ready. */
  start(): Promise<void> {
    if (this.ready) return this.ready;
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.failReady = (message) => reject(new Error(message));
    });
    this.ready.catch(() => undefined); // a failed start is reported through status and the waiting runs
    this.emit({ state: 'loading', message: `Starting ${this.flavour.name}…`, progress: 0 });
    const token = (this.token = newToken());
    const thread = this.createThread({
      // A message from a thread we already replaced is stale: drop it.
      message: (data) => token === this.token && this.onMessage(data),
      failure: (reason) => token === this.token && this.onFailure(reason),
    });
    this.thread = thread;
    this.interrupt =
      this.flavour.interruptible && typeof SharedArrayBuffer === 'function'
        ? new Int32Array(new SharedArrayBuffer(4))
        : null;
    thread.post(this.interrupt ? { type: 'init', token, interrupt: this.interrupt } : { type: 'init', token });
    return this.ready;
  }

  get status(): RuntimeStatus {
    return this.lastStatus;
  }

  onStatus(listener: (status: RuntimeStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.lastStatus);
    return () => this.listeners.delete(listener);
  }

  /** Runs a program; runs are queued, one at a time. Never rejects: failures come back as results. */
  run(request: RunRequest, options: SessionRunOptions = {}): Promise<RunResult> {
    const result = this.queue.then(() => this.runNow(request, options));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Ends the current run at once (its thread is replaced). Resolves the run with a "stopped" result. */
  stop(): void {
    this.abort(STOPPED_ERROR, 'You stopped the program.');
  }

  /** Terminates the thread for good. */
  dispose(): void {
    this.thread?.terminate();
    this.thread = null;
    this.ready = null;
  }

  private async runNow(request: RunRequest, options: SessionRunOptions): Promise<RunResult> {
    try {
      await this.start();
    } catch (error) {
      return hostErrorResult(CRASH_ERROR, (error as Error).message);
    }
    const id = this.nextId++;
    const timeLimit = options.timeLimit ?? this.defaultTimeLimit;
    return new Promise<RunResult>((resolve) => {
      const run: PendingRun = {
        id,
        resolve,
        onOutput: options.onOutput,
        streamed: [],
        timer: null,
        timeLimit,
        stopping: null,
      };
      this.current = run;
      run.timer = setTimeout(
        () => this.abort(TIME_LIMIT_ERROR, this.flavour.timeLimitMessage(timeLimit)),
        timeLimit * 1000,
      );
      this.emit({ state: 'running' });
      this.thread!.post({ type: 'run', id, request, stream: Boolean(options.onOutput) });
    });
  }

  private onMessage(data: unknown): void {
    const message = parseHostMessage(data, this.token);
    if (!message) return; // not our protocol: ignore rather than trust
    this.handle(message);
  }

  private handle(message: HostMessage): void {
    const run = this.current;
    switch (message.type) {
      case 'status':
        if (message.phase === 'ready') {
          this.emit({ state: 'ready' });
          this.markReady?.();
        } else this.emit({ state: 'loading', message: message.message, progress: message.progress });
        return;
      case 'output':
        if (run && message.id === run.id) {
          run.streamed.push(...message.chunks);
          run.onOutput?.(message.chunks);
        }
        return;
      case 'result':
        if (run && message.id === run.id) {
          if (run.stopping) {
            // Python stopped when asked: its output is complete; the notice is the session's.
            const { type, message: notice } = run.stopping;
            this.finish(run, hostErrorResult(type, notice, message.result.output, message.result.elapsed));
            return;
          }
          // A MemoryError leaves the wasm heap grown to its maximum (it never shrinks): replace the thread so the
          // memory is given back and the next run starts with room.
          if (message.result.error?.type === 'MemoryError') this.restartThread();
          this.finish(run, message.result);
        }
        return;
      case 'crashed':
        this.onFailure(message.message);
        return;
    }
  }

  private onFailure(reason: string): void {
    const run = this.current;
    const message = /memory/i.test(reason)
      ? 'Python ran out of memory. Does your program build an ever-growing list or string?'
      : /call stack/i.test(reason)
        ? 'Python ran out of stack space and was restarted. A function (or a __repr__, __getattr__…) probably ' +
          'calls itself without end, or a structure is nested too deeply to print.'
        : `${this.flavour.name} stopped unexpectedly (${reason}). The runtime has been restarted; run your program again.`;
    if (run) {
      this.restartThread();
      this.finish(run, hostErrorResult(/memory/i.test(reason) ? 'MemoryError' : CRASH_ERROR, message, run.streamed));
    } else {
      // Python failed to start (or died while idle). Do not restart at once — a start that fails (offline, say)
      // would fail again in a loop; the next run starts a fresh thread.
      this.thread?.terminate();
      this.thread = null;
      this.ready = null;
      this.failReady?.(message);
      this.emit({ state: 'failed', message });
    }
  }

  private abort(type: string, message: string): void {
    const run = this.current;
    if (!run) return;
    if (this.interrupt && !run.stopping) {
      // Ask Python to stop (it then answers with everything printed so far); terminate only if it does not.
      run.stopping = { type, message };
      if (run.timer) clearTimeout(run.timer);
      run.timer = setTimeout(() => this.terminateRun(run), INTERRUPT_GRACE_MS);
      Atomics.store(this.interrupt, 0, SIGINT);
      return;
    }
    this.terminateRun(run, { type, message });
  }

  private terminateRun(run: PendingRun, reason = run.stopping): void {
    if (this.current !== run || !reason) return;
    const { type, message } = reason;
    this.restartThread();
    this.finish(run, hostErrorResult(type, message, run.streamed, lastTime(run.streamed)));
  }

  private restartThread(): void {
    this.thread?.terminate();
    this.thread = null;
    this.ready = null;
    // Start the replacement at once so the next run finds Python (nearly) ready.
    void this.start();
  }

  private finish(run: PendingRun, result: RunResult): void {
    if (run.timer) clearTimeout(run.timer);
    if (this.current === run) this.current = null;
    if (this.lastStatus.state === 'running') this.emit({ state: 'ready' });
    run.resolve(result);
  }

  private emit(status: RuntimeStatus): void {
    this.lastStatus = status;
    for (const listener of this.listeners) listener(status);
  }
}

function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function lastTime(chunks: OutputChunk[]): number {
  return chunks.length ? chunks[chunks.length - 1]!.t : 0;
}
