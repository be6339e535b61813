/**
 * From esbuild's source map to a line table: for each line of the compiled JavaScript, the learner's line it came
 * from. A table rather than a full position lookup because everything the runtime reports is a line (hooks carry
 * their line as a literal; stack frames are mapped by line), and instrumentation inserts no newlines, so compiled
 * lines stay valid after it.
 */
import { decode } from '@jridgewell/sourcemap-codec';

export function compiledToSourceLines(mapJson: string): (number | null)[] {
  const map = JSON.parse(mapJson) as { mappings?: unknown };
  if (typeof map.mappings !== 'string') return [];
  return decode(map.mappings).map((segments) => {
    // The first segment that points at a source position gives the line (0-based in the map).
    const mapped = segments.find((segment) => segment.length >= 4);
    return mapped ? mapped[2]! + 1 : null;
  });
}

/** The learner's line for a compiled line (1-based), falling back to the nearest mapped line above it. */
export function sourceLine(lines: readonly (number | null)[], compiledLine: number): number | null {
  for (let i = Math.min(compiledLine, lines.length) - 1; i >= 0; i--) {
    const line = lines[i];
    if (line !== null && line !== undefined) return line;
  }
  return null;
}
