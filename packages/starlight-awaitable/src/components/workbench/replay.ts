/**
 * Output replay: a program's output appears at its virtual timestamps, so a 2-second program visibly takes
 * 2 seconds. Long programs are compressed so a replay never takes more than `maxSeconds`. Pure; unit-tested.
 */
import type { OutputChunk } from '../../runtime/protocol.ts';

export interface ReplayStep {
  /** Milliseconds after the replay starts. */
  at: number;
  chunks: OutputChunk[];
}

export interface ReplayPlan {
  steps: ReplayStep[];
  /** Real milliseconds the replay takes (its last step, or the program's end). */
  duration: number;
  /** Real seconds per virtual second (1 unless compressed). */
  scale: number;
}

export function planReplay(chunks: readonly OutputChunk[], elapsed: number, maxSeconds = 8): ReplayPlan {
  const end = Math.max(elapsed, ...chunks.map((chunk) => chunk.t), 0);
  const scale = end > maxSeconds ? maxSeconds / end : 1;
  const steps: ReplayStep[] = [];
  for (const chunk of chunks) {
    const at = Math.round(chunk.t * scale * 1000);
    const last = steps[steps.length - 1];
    // Chunks of the same instant appear together (one DOM update).
    if (last && last.at === at) last.chunks.push(chunk);
    else steps.push({ at, chunks: [chunk] });
  }
  return { steps, duration: Math.round(end * scale * 1000), scale };
}
