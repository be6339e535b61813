/**
 * The page's handle on the JavaScript runtime (the counterpart of runtime/client.ts's `pageRuntime()`), loaded by
 * a dynamic import on the first TypeScript run: a RuntimeSession whose thread (js-host-thread.ts) is made of the
 * page's compiler worker (esbuild-wasm, started then) and a fresh runner worker per run, made from a blob module.
 */
import { RuntimeSession, type ThreadFactory } from '../../runtime/session.ts';
import { JS_FLAVOUR } from '../flavour.ts';
import { jsHostThread, type RunnerThread } from '../js-host-thread.ts';
import type { Prepared } from '../prepare.ts';
import type { RunnerRequest } from '../runner-protocol.ts';
import { runnerFailedMessage } from '../wording.ts';
import { parseCompilerMessage, type CompilerRequest } from './compiler-protocol.ts';
import { runnerBlobSource } from './runner-blob.ts';
import runnerModule from './runner-worker.ts?worker&url';

declare const __ESBUILD_VERSION__: string;

/** esbuild's wasm, self-hosted in a versioned folder (copied by the plugin's build step, scripts/copy-esbuild.mjs). */
const wasmURL = () =>
  new URL(`${import.meta.env.BASE_URL}esbuild/${__ESBUILD_VERSION__}/esbuild.wasm`, location.href).href;

interface Compiler {
  ready: Promise<void>;
  prepare(source: string, filename: string): Promise<Prepared>;
}

let compiler: Compiler | null = null;

/** The page's one compiler worker, created when first needed; a compiler that failed to start is replaced. */
function pageCompiler(): Compiler {
  if (compiler) return compiler;
  performance.mark('awaitable:js-compiler-created'); // for benchmarks (npm run bench:js) and profiling
  const worker = new Worker(new URL('./compiler-worker.ts', import.meta.url), { type: 'module', name: 'js-compiler' });
  const waiting = new Map<number | null, { resolve(value: Prepared | void): void; reject(error: Error): void }>();
  let nextId = 1;
  const fail = (message: string) => {
    for (const entry of waiting.values()) entry.reject(new Error(message));
    waiting.clear();
    worker.terminate();
    if (compiler === created) compiler = null;
  };
  worker.onmessage = (event) => {
    const message = parseCompilerMessage(event.data);
    if (!message) return;
    if (message.type === 'failed' && message.id === null) return fail(message.message);
    const id = message.type === 'started' ? null : message.id;
    const entry = waiting.get(id);
    waiting.delete(id);
    if (message.type === 'failed') entry?.reject(new Error(message.message));
    else entry?.resolve(message.type === 'prepared' ? message.prepared : undefined);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(event.message || 'the compiler worker failed');
  };
  const post = (request: CompilerRequest) => worker.postMessage(request);
  const ready = new Promise<void>((resolve, reject) => {
    waiting.set(null, { resolve: () => resolve(), reject });
    post({ type: 'start', wasmURL: wasmURL() });
  }).then(() => {
    performance.mark('awaitable:js-compiler-ready');
  });
  const created: Compiler = {
    ready,
    prepare: (source, filename) =>
      new Promise<Prepared>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve: (value) => resolve(value as Prepared), reject });
        post({ type: 'prepare', id, source, filename });
      }),
  };
  compiler = created;
  return created;
}

/** A runner worker for one run, made when the run's program arrives (it is the worker's own module). */
function blobRunner(events: { message(data: unknown): void; failure(reason: string): void }): RunnerThread {
  let worker: Worker | null = null;
  let url: string | null = null;
  let ended = false;
  return {
    post(request: RunnerRequest) {
      if (ended || worker) return;
      const runnerURL = new URL(runnerModule, location.href).href;
      url = URL.createObjectURL(
        new Blob([runnerBlobSource(runnerURL, request.program.code)], { type: 'text/javascript' }),
      );
      worker = new Worker(url, { type: 'module', name: 'js-runner' });
      worker.onmessage = (event) => events.message(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        events.failure(event.message || runnerFailedMessage());
      };
      worker.postMessage(request);
    },
    terminate() {
      ended = true;
      worker?.terminate();
      if (url) URL.revokeObjectURL(url);
    },
  };
}

const threadFactory: ThreadFactory = (events) =>
  jsHostThread(
    {
      start: () => pageCompiler().ready,
      prepare: (source, filename) => pageCompiler().prepare(source, filename),
      spawnRunner: blobRunner,
    },
    events,
  );

let shared: RuntimeSession | null = null;

/** The page's one JavaScript runtime, shared by every TypeScript editor on it; nothing starts until a run. */
export function pageJsRuntime(): RuntimeSession {
  shared ??= new RuntimeSession(threadFactory, undefined, JS_FLAVOUR);
  return shared;
}
