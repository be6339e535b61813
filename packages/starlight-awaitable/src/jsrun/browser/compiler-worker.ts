/// <reference lib="webworker" />
/**
 * The page's TypeScript compiler: a module Web Worker holding esbuild-wasm, started on the first JavaScript run
 * (never on page load) and kept for the page, since esbuild's start costs far more than a compile. It compiles and
 * instruments (prepare.ts) and answers with the program a runner worker then runs.
 */
import * as esbuild from 'esbuild-wasm/esm/browser.js';
import { prepareProgram } from '../prepare.ts';
import type { CompilerMessage, CompilerRequest } from './compiler-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: CompilerMessage) => self.postMessage(message);
let ready: Promise<void> | null = null;

self.onmessage = async (event: MessageEvent<CompilerRequest>) => {
  const request = event.data;
  if (request?.type === 'start') {
    // worker: false — this is already a worker; esbuild runs its wasm right here.
    ready ??= esbuild.initialize({ wasmURL: request.wasmURL, worker: false });
    try {
      await ready;
      post({ type: 'started' });
    } catch (error) {
      post({ type: 'failed', id: null, message: error instanceof Error ? error.message : String(error) });
    }
  } else if (request?.type === 'prepare') {
    try {
      if (!ready) throw new Error('the compiler was not started');
      await ready;
      post({
        type: 'prepared',
        id: request.id,
        prepared: await prepareProgram(esbuild, request.source, request.filename),
      });
    } catch (error) {
      post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
};
