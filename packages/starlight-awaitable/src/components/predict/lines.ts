/**
 * Pure helpers for "Predict the output": splitting a recorded output into lines, the seeded shuffle the page
 * starts from, moving a line, and scoring an arrangement. Shared by the build (PredictOutput.astro) and the
 * browser (<aw-predict>); unit-tested in lines.test.ts.
 */

/** A recorded output's lines: "\r\n" counts as "\n", and the newline ending the last line does not add a line. */
export function outputLines(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised === '') return [];
  return normalised.replace(/\n$/, '').split('\n');
}

/** FNV-1a, 32 bits: a small stable hash for seeds and content fingerprints (not for security). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short fingerprint of some content, so a saved answer for an older version of it is ignored. */
export function fingerprint(text: string): string {
  return hashString(text).toString(36);
}

/** mulberry32: a tiny deterministic PRNG, returning numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** True when the arrangement (indices into `lines`) reads exactly like `lines`: repeated lines are interchangeable. */
export function readsInOrder(order: readonly number[], lines: readonly string[]): boolean {
  return order.every((index, position) => lines[index] === lines[position]);
}

/**
 * The order the lines are first shown in: a permutation of their indices, the same for the same seed on every
 * build, and never already reading in the right order unless every line is the same text (then no order can differ).
 */
export function shuffledOrder(lines: readonly string[], seed: string): number[] {
  const order = lines.map((_, index) => index);
  const next = random(hashString(seed));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // Rotating by one changes how a sequence reads unless all its lines are equal.
  if (order.length >= 2 && readsInOrder(order, lines)) order.push(order.shift()!);
  return order;
}

/** A copy of `order` with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem(order: readonly number[], from: number, to: number): number[] {
  const copy = [...order];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item!);
  return copy;
}

export interface OrderScore {
  /** Per position: does the line shown there read like the line that belongs there? */
  placed: boolean[];
  right: number;
  total: number;
}

export function scoreOrder(order: readonly number[], lines: readonly string[]): OrderScore {
  const placed = order.map((index, position) => lines[index] === lines[position]);
  return { placed, right: placed.filter(Boolean).length, total: order.length };
}

export function describeScore({ right, total }: OrderScore): string {
  if (right === total) return `All ${total} lines are in the right place. Press “Run it” to see it happen.`;
  return `${right} of ${total} lines ${right === 1 ? 'is' : 'are'} in the right place. Move the marked lines and check again.`;
}
