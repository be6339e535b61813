/** Seeded mutations of Python sources for tests/runtime/fuzz.test.ts (deterministic for a given seed). */

export interface Program {
  /** e.g. "content/lessons/tasks/x.py [drop line 4, delete await at line 7]" */
  label: string;
  source: string;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (lines: string[], pick: (n: number) => number) => string | null;

const indexOf = (lines: string[], test: (line: string) => boolean, pick: (n: number) => number): number | null => {
  const candidates = lines.flatMap((line, index) => (test(line) ? [index] : []));
  return candidates.length ? candidates[pick(candidates.length)]! : null;
};

const MUTATIONS: Record<string, Mutation> = {
  'delete await': (lines, pick) => {
    const i = indexOf(lines, (line) => /\bawait\s/.test(line), pick);
    if (i === null) return null;
    lines[i] = lines[i]!.replace(/\bawait\s+/, '');
    return `line ${i + 1}`;
  },
  'delete every await': (lines) => {
    let changed = false;
    for (const [i, line] of lines.entries()) {
      const next = line.replace(/\bawait\s+/g, '');
      if (next !== line) ((lines[i] = next), (changed = true));
    }
    return changed ? 'all' : null;
  },
  'time.sleep for asyncio.sleep': (lines, pick) => {
    const i = indexOf(lines, (line) => /(await\s+)?asyncio\.sleep\(/.test(line), pick);
    if (i === null) return null;
    lines[i] = lines[i]!.replace(/(await\s+)?asyncio\.sleep\(/, 'time.sleep(');
    lines.unshift('import time');
    return `line ${i + 1}`;
  },
  'insert raise': (lines, pick) => {
    const i = pick(lines.length + 1);
    const indent = (lines[i] ?? lines[i - 1] ?? '').match(/^\s*/)![0];
    lines.splice(i, 0, `${indent}raise RuntimeError("fuzz")`);
    return `before line ${i + 1}`;
  },
  'truncate line': (lines, pick) => {
    const i = indexOf(lines, (line) => line.trim().length > 3, pick);
    if (i === null) return null;
    lines[i] = lines[i]!.slice(0, 1 + pick(lines[i]!.length - 1));
    return `line ${i + 1}`;
  },
  'drop line': (lines, pick) => {
    if (!lines.length) return null;
    const i = pick(lines.length);
    lines.splice(i, 1);
    return `line ${i + 1}`;
  },
  'duplicate line': (lines, pick) => {
    if (!lines.length) return null;
    const i = pick(lines.length);
    lines.splice(i, 0, lines[i]!);
    return `line ${i + 1}`;
  },
  'cut the file': (lines, pick) => {
    if (lines.length < 2) return null;
    const n = 1 + pick(lines.length - 1);
    lines.length = n;
    return `after line ${n}`;
  },
};

/** `count` programs, each a lesson file with one to three mutations. */
export function makePrograms(files: Array<{ path: string; source: string }>, count: number, seed: number): Program[] {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const names = Object.keys(MUTATIONS);
  const programs: Program[] = [];
  for (let k = 0; k < count; k++) {
    const file = files[k % files.length]!; // every file, round-robin; mutations vary
    const lines = file.source.split('\n');
    const applied: string[] = [];
    for (let m = 1 + pick(3); m > 0; m--) {
      const name = names[pick(names.length)]!;
      const where = MUTATIONS[name]!(lines, pick);
      if (where !== null) applied.push(`${name} ${where}`);
    }
    programs.push({ label: `${file.path} [${applied.join('; ') || 'unchanged'}]`, source: lines.join('\n') });
  }
  return programs;
}
