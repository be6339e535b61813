/**
 * Filtering the Timeline's lanes by name (programs with hundreds of tasks): which lanes match what the reader
 * typed. Pure; the view draws only the matching lanes (still virtualised).
 */

/** From this many lanes the Timeline offers the filter box. */
export const LANE_FILTER_FROM = 10;

/** The indices of the lanes whose label contains every word of `query` (any case); all lanes for a blank query. */
export function matchingLanes(labels: readonly string[], query: string): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const indices: number[] = [];
  labels.forEach((label, i) => {
    const text = label.toLowerCase();
    if (words.every((word) => text.includes(word))) indices.push(i);
  });
  return indices;
}
