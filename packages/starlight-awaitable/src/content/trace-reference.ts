/**
 * The trace events a `python` check receives, read from the one place they are specified — the "Trace events"
 * section of src/runtime/python/README.md — so the authoring guide shows them without a second copy to drift.
 */

export interface TraceEventDoc {
  kind: string;
  fields: string;
  meaning: string;
}

export interface TraceReference {
  events: TraceEventDoc[];
  /** The paragraphs after the table (what `awaiting` can be, how timeouts show up), as markdown-ish text. */
  notes: string[];
}

/** The section's table rows and the paragraphs after it; throws if the README no longer has the section. */
export function traceReference(readme: string): TraceReference {
  const start = readme.indexOf('\n## Trace events');
  if (start < 0) throw new Error('src/runtime/python/README.md has no "## Trace events" section');
  const next = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, next < 0 ? undefined : next).split('\n');
  const cells = (line: string) =>
    line
      .replace(/^\s*\|/, '')
      .replace(/\|\s*$/, '')
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replace(/\\\|/g, '|')); // `\|` is a | inside a markdown table cell
  const rows = section.filter((line) => line.trim().startsWith('|'));
  const events = rows
    .slice(2) // the header and the |---| line
    .map(cells)
    .filter((row) => row.length >= 3)
    .map(([kind, fields, meaning]) => ({ kind: kind!.replace(/`/g, ''), fields: fields!, meaning: meaning! }));
  const afterTable = section.slice(section.lastIndexOf(rows.at(-1)!) + 1).join('\n');
  const notes = afterTable
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  return { events, notes };
}

/** Splits text at `backticks` so a component can render the code parts as <code>. */
export function codeParts(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]*`)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? { code: true, text: part.slice(1, -1) }
        : { code: false, text: part },
    );
}
