/// <reference lib="webworker" />
/**
 * The browser's runtime thread: a module Web Worker that loads the self-hosted Pyodide and our Python package,
 * then runs programs on request (protocol in protocol.ts). It knows nothing about lessons or the page.
 */
import { installPackage, OutputBatcher, ProgramRunner } from './host.ts';
import type { HostMessage, HostRequest } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;
declare const __PYODIDE_VERSION__: string;

const post = (message: HostMessage) => self.postMessage(message);
const status = (message: string, progress: number) => post({ type: 'status', phase: 'loading', message, progress });

// The package's .py files, bundled as text and keyed as "awaitable_runtime/<module>.py".
const sources = import.meta.glob('./python/awaitable_runtime/**/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const packageFiles = Object.fromEntries(
  Object.entries(sources).map(([path, text]) => [path.replace('./python/', ''), text]),
);

async function boot(): Promise<ProgramRunner> {
  status('Downloading Python…', 0.05);
  const indexURL = new URL(`${import.meta.env.BASE_URL}pyodide/${__PYODIDE_VERSION__}/`, self.location.origin).href;
  const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as {
    loadPyodide: (options: { indexURL: string; stdout?: (s: string) => void }) => Promise<never>;
  };
  status('Starting Python…', 0.3);
  const py = await loadPyodide({ indexURL, stdout: () => {} });
  status('Loading the asyncio runtime…', 0.9);
  installPackage(py, packageFiles);
  const runner = new ProgramRunner(py);
  post({ type: 'status', phase: 'ready', message: 'Python is ready.', progress: 1 });
  return runner;
}

const runnerReady = boot().catch((error: unknown) => {
  post({
    type: 'crashed',
    id: null,
    message: `Python could not start: ${error instanceof Error ? error.message : error}`,
  });
  throw error;
});

self.onmessage = async (event: MessageEvent<HostRequest>) => {
  const message = event.data;
  if (message?.type !== 'run') return;
  const runner = await runnerReady;
  const { id, request, stream } = message;
  const batcher = new OutputBatcher((chunks) => post({ type: 'output', id, chunks }));
  try {
    const result = runner.run(request, stream ? (chunk) => batcher.push(chunk) : undefined);
    batcher.drain();
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'crashed', id, message: error instanceof Error ? error.message : String(error) });
  }
};
