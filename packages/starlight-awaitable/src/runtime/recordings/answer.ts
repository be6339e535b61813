/**
 * The page's choice between a recording and Python for one run. A recording answers only while Python is not
 * ready (so it saves the learner the start-up wait and nothing else: once Python is up every Run is live) and only
 * for exactly the request it was made for; Python is started meanwhile. The caller labels a recorded answer.
 */
import type { RunResult, RunRequest } from '../protocol.ts';
import type { RuntimeSession, SessionRunOptions } from '../session.ts';
import { findRecording, type Recording } from './recording.ts';

/** The runtime id the build keyed recordings with (astro.config.mjs: the snapshot's id). */
declare const __RUNTIME_ID__: string;

export interface Answer {
  result: RunResult;
  /** true: replayed from the build's recording; false: Python ran it. */
  recorded: boolean;
}

export async function answerRun(
  runtime: RuntimeSession,
  recordings: readonly Recording[],
  request: RunRequest,
  options: SessionRunOptions = {},
): Promise<Answer> {
  const state = runtime.status.state;
  if (state !== 'ready' && state !== 'running') {
    const recorded = await findRecording(recordings, request, __RUNTIME_ID__);
    if (recorded) {
      void runtime.start(); // Python keeps starting in the background for the next, edited run
      return { result: recorded, recorded: true };
    }
  }
  return { result: await runtime.run(request, options), recorded: false };
}
