/** Program lines longer than the editor shows at 1280 px (see src/content/editor-width.ts): a warning per file. */
import { EDITOR_COLUMNS } from '../../src/content/editor-width.ts';

/** One sentence about the file's long lines, or null when every line fits. */
export function longLines(source: string, file: string): string | null {
  const long = source
    .split('\n')
    .map((line, index) => ({ line: index + 1, length: [...line].length }))
    .filter((line) => line.length > EDITOR_COLUMNS);
  if (long.length === 0) return null;
  const longest = Math.max(...long.map((line) => line.length));
  const where = long.map((line) => line.line);
  const shown = where.length > 8 ? `${where.slice(0, 8).join(', ')} …` : where.join(', ');
  return (
    `${file}: ${long.length === 1 ? 'line' : `${long.length} lines`} ${shown} ` +
    `${long.length === 1 ? 'is' : 'are'} longer than the ${EDITOR_COLUMNS} characters the editor shows at 1280 px ` +
    `(longest ${longest}): learners must scroll sideways to read ${long.length === 1 ? 'it' : 'them'}`
  );
}
