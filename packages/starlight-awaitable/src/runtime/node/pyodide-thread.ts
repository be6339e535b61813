/**
 * A worker thread hosting Pyodide for the Node runner: the same protocol as the browser's Web Worker, so a run
 * that never returns (a CPU spin) can be ended by terminating the thread.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { loadPyodide } from 'pyodide';
import { answerRun, installPackage, ProgramRunner } from '../host.ts';
import type { HostMessage, HostRequest } from '../protocol.ts';
import { capWasmMemory } from '../memory-cap.ts';
import { FIXUP_AFTER_RESTORE } from '../snapshot.ts';
import { readPackageFiles } from './package-files.ts';
import { findSnapshot, snapshotId } from './snapshot-files.ts';

if (!parentPort) throw new Error('pyodide-thread.ts must run in a worker thread.');
capWasmMemory(); // before Pyodide creates its memory: an endless allocation ends in MemoryError
const port = parentPort;
// The session's first message is the secret this thread puts in every message it sends (see protocol.ts).
const init = await new Promise<Extract<HostRequest, { type: 'init' }> | null>((resolve) =>
  port.once('message', (message: HostRequest) => resolve(message.type === 'init' ? message : null)),
);
const token = init?.token ?? '';
const interrupt = init?.interrupt;
const post = (message: HostMessage) => port.postMessage({ ...message, token });

post({ type: 'status', phase: 'loading', message: 'Starting Python…', progress: 0 });
// Pyodide's own stdout handler is only used outside runs (our package captures output during a run).
const streams = { stdout: () => {}, stderr: (line: string) => process.stderr.write(line + '\n') };
const files = readPackageFiles();

/** Starts from the build's memory snapshot (see ../snapshot.ts) if there is a current one, else null. */
async function fromSnapshot() {
  if (process.env.AWAITABLE_SNAPSHOT === 'off') return null;
  const path = findSnapshot(snapshotId(files));
  if (!path) return null;
  try {
    const py = await loadPyodide({ ...streams, _loadSnapshot: gunzipSync(readFileSync(path)) });
    installPackage(py, files); // the files again (a snapshot holds no files); the import is a no-op
    py.runPython(FIXUP_AFTER_RESTORE);
    return py;
  } catch (error) {
    process.stderr.write(
      `pyrun: the memory snapshot ${path} could not be used (${error instanceof Error ? error.message.split('\n')[0] : error}); starting Python the ordinary way.\n`,
    );
    return null;
  }
}

let py = await fromSnapshot();
const kind = py ? 'snapshot' : 'plain';
if (!py) {
  py = await loadPyodide(streams);
  installPackage(py, files);
}
if (interrupt) py.setInterruptBuffer(interrupt);
const runner = new ProgramRunner(py);
post({ type: 'status', phase: 'ready', message: `Python is ready (${kind} start).`, progress: 1 });

port.on('message', (message: HostRequest) => {
  if (message.type === 'run') answerRun(runner, message, post, interrupt);
});
