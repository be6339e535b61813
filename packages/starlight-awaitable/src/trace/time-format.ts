/**
 * Every way the page writes a virtual time, side by side: one family, each for one place, so two places that show
 * the same kind of number agree and the differences below are deliberate.
 * - `formatInstant`: a point on the timeline's axis or in a step ("At 1 s"): to 0.1 ms, since CPU time puts events
 *   microseconds after round numbers ("1 s", not "1.0000012 s").
 * - `formatDuration`: how long something took, in segments and steps: "1.5 ms" below 10 ms, else 4 significant
 *   digits ("0.25 s", "2 s").
 * - `formatSeconds`: times in grading messages: one decimal ("2.0 s"), or three when one would hide the difference
 *   ("2.040 s"); never finer than a millisecond.
 * - `formatClock`: the run status line ("Finished in 2.000 s of virtual time"): always three decimals, so the
 *   figure does not jump in width while a replay counts up.
 */

export function formatInstant(seconds: number): string {
  return `${+seconds.toFixed(4)} s`;
}

export function formatDuration(seconds: number): string {
  if (seconds !== 0 && Math.abs(seconds) < 0.01) return `${+(seconds * 1000).toPrecision(3)} ms`;
  return `${+seconds.toPrecision(4)} s`;
}

export function formatSeconds(seconds: number): string {
  // Millisecond precision at most: CPU time adds microseconds that would only distract ("2.000004 s").
  const millis = Math.round(seconds * 1000) / 1000;
  const tenths = Math.round(seconds * 10) / 10;
  return Math.abs(millis - tenths) < 1e-9 ? `${tenths.toFixed(1)} s` : `${millis.toFixed(3)} s`;
}

export function formatClock(seconds: number): string {
  return `${seconds.toFixed(3)} s`;
}
