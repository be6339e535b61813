/**
 * The JavaScript runtime's "thread" as a RuntimeSession sees it (src/runtime/session.ts): it speaks the same
 * protocol as the Python worker (init with a token, run, status, output, result), but is made of two parts — a
 * compiler kept for the whole page (esbuild is slow to start, and no learner code ever runs beside it) and a fresh
 * runner thread for each run (globals a program changed never reach the next one). Terminating it (time limit,
 * Stop) ends the runner only; the session then makes a new one, which reuses the compiler.
 */
import type { HostMessage, HostRequest, RunMessage } from '../runtime/protocol.ts';
import type { HostThread, ThreadEvents } from '../runtime/session.ts';
import type { Prepared } from './prepare.ts';
import { parseRunnerMessage, type RunnerRequest } from './runner-protocol.ts';
import { compilerFailedMessage, compilerLoadingMessage } from './wording.ts';

export interface RunnerThread {
  post(message: RunnerRequest): void;
  terminate(): void;
}

export interface JsThreadParts {
  /**
   * Gets the compiler ready (the browser loads esbuild's wasm on the first JavaScript run): the thread says
   * "loading" until it resolves, and reports a failure as a crash (the session then offers a fresh start).
   */
  start?(): Promise<void>;
  prepare(source: string, filename: string): Promise<Prepared>;
  /** Starts a runner thread; `message` receives what it posts, `failure` that it died. */
  spawnRunner(events: { message(data: unknown): void; failure(reason: string): void }): RunnerThread;
}

export function jsHostThread(parts: JsThreadParts, events: ThreadEvents): HostThread {
  let token: string | null = null;
  let runner: { thread: RunnerThread; token: string } | null = null;
  let terminated = false;
  const send = (message: HostMessage) => {
    if (token !== null && !terminated) events.message({ ...message, token });
  };
  const spawn = () => {
    const secret = randomToken();
    const thread = parts.spawnRunner({
      message: (data) => onRunnerMessage(data, secret),
      failure: (reason) => !terminated && runner?.token === secret && events.failure(reason),
    });
    return { thread, token: secret };
  };
  let current: RunMessage | null = null;
  const onRunnerMessage = (data: unknown, secret: string) => {
    const message = parseRunnerMessage(data, secret);
    if (!message || !current || runner?.token !== secret) return;
    if (message.type === 'output') send({ type: 'output', id: current.id, chunks: [message.chunk] });
    else {
      const id = current.id;
      current = null;
      runner.thread.terminate();
      runner = spawn(); // ready for the next run
      send({ type: 'result', id, result: message.result });
    }
  };

  const start = async () => {
    if (parts.start) {
      send({ type: 'status', phase: 'loading', message: compilerLoadingMessage(), progress: 0.1 });
      try {
        await parts.start();
      } catch (error) {
        send({ type: 'crashed', id: null, message: compilerFailedMessage((error as Error).message) });
        return;
      }
    }
    send({ type: 'status', phase: 'ready', message: 'JavaScript is ready.', progress: 1 });
  };

  const run = async (message: RunMessage) => {
    const { request } = message;
    const filename = request.filename || 'main.ts';
    let prepared: Prepared;
    try {
      prepared = await parts.prepare(request.source, filename);
    } catch (error) {
      send({ type: 'crashed', id: message.id, message: `the compiler failed: ${(error as Error).message}` });
      return;
    }
    if (terminated) return;
    if (!prepared.ok) {
      const { error } = prepared;
      const text = `${error.type}: ${error.message}\n`;
      send({
        type: 'result',
        id: message.id,
        result: {
          stdout: '',
          stderr: text,
          exitCode: 1,
          elapsed: 0,
          error,
          output: [{ stream: 'stderr', text, t: 0 }],
          events: [],
        },
      });
      return;
    }
    current = message;
    runner ??= spawn();
    runner.thread.post({ type: 'exec', token: runner.token, program: prepared.program, trace: request.trace === true });
  };

  return {
    post(message: HostRequest) {
      if (message.type === 'init') {
        token = message.token;
        void start();
      } else void run(message);
    },
    terminate() {
      terminated = true;
      runner?.thread.terminate();
      runner = null;
    },
  };
}

function randomToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
