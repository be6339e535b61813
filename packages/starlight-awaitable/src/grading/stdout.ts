/**
 * Output comparison for `stdout` checks. Each function answers null (matches) or a description of the first
 * difference, precise enough for a message to say which line is wrong and how.
 */

/** Output as lines: CRLF → LF, trailing whitespace dropped on every line, trailing blank lines dropped. */
export function outputLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export interface ExactMismatch {
  /** 1-based line where the outputs first differ. */
  line: number;
  /** That line of the program's output (null: the output ended before it). */
  actual: string | null;
  /** That line of the expected output (null: the output has extra lines). */
  expected: string | null;
  actualLines: number;
  expectedLines: number;
}

export function exactMismatch(actual: string, expected: string): ExactMismatch | null {
  const got = outputLines(actual);
  const want = outputLines(expected);
  const length = Math.max(got.length, want.length);
  for (let i = 0; i < length; i++) {
    if (got[i] !== want[i]) {
      return {
        line: i + 1,
        actual: got[i] ?? null,
        expected: want[i] ?? null,
        actualLines: got.length,
        expectedLines: want.length,
      };
    }
  }
  return null;
}

export interface OrderMismatch {
  /** The expected line that could not be found after the previous one. */
  missing: string;
  /** The previous expected line it should follow (null for the first). */
  after: string | null;
  /** The line does occur, but only before `after`: the order is wrong rather than the line missing. */
  appearsEarlier: boolean;
}

/** Whether each of `lines` is a whole output line, in this order (other lines may come between). */
export function linesInOrderMismatch(actual: string, lines: readonly string[]): OrderMismatch | null {
  const got = outputLines(actual);
  let from = 0;
  let previous: string | null = null;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const at = got.indexOf(line, from);
    if (at === -1) {
      return { missing: line, after: previous, appearsEarlier: got.slice(0, from).includes(line) };
    }
    from = at + 1;
    previous = line;
  }
  return null;
}

/** `contains` compares the raw text, only unifying line endings. */
export function containsText(actual: string, value: string): boolean {
  return actual.replace(/\r\n?/g, '\n').includes(value.replace(/\r\n?/g, '\n'));
}

/** One line of stdout and the virtual time its first character was printed. */
export interface TimedLine {
  text: string;
  t: number;
}

/**
 * The program's stdout as lines stamped with virtual time, for checks about when things happened rather than in
 * which order they were printed. Reads the trace's `output` events (one per task step, stamped when it was
 * written; the result's replay chunks are batched and stamped less precisely). Lines are trimmed.
 */
export function timedLines(output: readonly { stream: string; text: string; t: number }[]): TimedLine[] {
  const lines: TimedLine[] = [];
  let current: TimedLine | null = null;
  for (const chunk of output) {
    if (chunk.stream !== 'stdout') continue;
    const parts = chunk.text.replace(/\r\n?/g, '\n').split('\n');
    parts.forEach((part, index) => {
      const ends = index < parts.length - 1;
      if (part === '' && !ends) return; // the chunk ended with a newline: the next line starts later
      current ??= { text: '', t: chunk.t };
      current.text += part;
      if (ends) {
        lines.push({ text: current.text.trim(), t: current.t });
        current = null;
      }
    });
  }
  if (current !== null && (current as TimedLine).text !== '') {
    const last = current as TimedLine;
    lines.push({ text: last.text.trim(), t: last.t });
  }
  return lines;
}

/** Index of the first line equal to `text` (trimmed) at or after `from`, or -1. */
export function findLine(lines: readonly TimedLine[], text: string, from = 0): number {
  const wanted = text.trim();
  for (let i = from; i < lines.length; i++) if (lines[i]!.text === wanted) return i;
  return -1;
}
