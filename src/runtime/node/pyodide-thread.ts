/**
 * A worker thread hosting Pyodide for the Node runner: the same protocol as the browser's Web Worker, so a run
 * that never returns (a CPU spin) can be ended by terminating the thread.
 */
import { parentPort } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { installPackage, OutputBatcher, ProgramRunner } from '../host.ts';
import type { HostMessage, HostRequest } from '../protocol.ts';
import { readPackageFiles } from './package-files.ts';

if (!parentPort) throw new Error('pyodide-thread.ts must run in a worker thread.');
const port = parentPort;
const post = (message: HostMessage) => port.postMessage(message);

post({ type: 'status', phase: 'loading', message: 'Starting Python…', progress: 0 });
// Pyodide's own stdout handler is only used outside runs (our package captures output during a run).
const py = await loadPyodide({ stdout: () => {}, stderr: (line: string) => process.stderr.write(line + '\n') });
installPackage(py, readPackageFiles());
const runner = new ProgramRunner(py);
post({ type: 'status', phase: 'ready', message: 'Python is ready.', progress: 1 });

port.on('message', (message: HostRequest) => {
  if (message.type !== 'run') return;
  const { id, request, stream } = message;
  const batcher = new OutputBatcher((chunks) => post({ type: 'output', id, chunks }));
  try {
    const result = runner.run(request, stream ? (chunk) => batcher.push(chunk) : undefined);
    batcher.drain();
    post({ type: 'result', id, result });
  } catch (error) {
    post({ type: 'crashed', id, message: error instanceof Error ? error.message : String(error) });
  }
});
