/**
 * The Playground's local history: the last 20 programs the reader ran, newest first, in localStorage. The list
 * logic is pure (`addToHistory`, `removeFromHistory`, `parseHistory`); `HistoryStore` only reads and writes it.
 */
import * as z from 'zod/mini';

export const HISTORY_KEY = 'awaitable:playground-history:v1';
export const HISTORY_LIMIT = 20;

export const historyEntrySchema = z.strictObject({
  id: z.string(),
  code: z.string(),
  stdin: z.string(),
  cpuTime: z.boolean(),
  /** When it last ran (ms since the epoch), for the list's label. */
  at: z.number(),
});
export type HistoryEntry = z.output<typeof historyEntrySchema>;

/** Saved text → entries; anything unreadable counts as an empty history (bad entries are dropped one by one). */
export function parseHistory(saved: string | null): HistoryEntry[] {
  if (!saved) return [];
  let json: unknown;
  try {
    json = JSON.parse(saved);
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) => {
    const parsed = historyEntrySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The run goes first; running the same program again moves it up instead of adding a copy. */
export function addToHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const same = (e: HistoryEntry) => e.code === entry.code && e.stdin === entry.stdin && e.cpuTime === entry.cpuTime;
  return [entry, ...entries.filter((e) => !same(e))].slice(0, HISTORY_LIMIT);
}

export function removeFromHistory(entries: readonly HistoryEntry[], id: string): HistoryEntry[] {
  return entries.filter((e) => e.id !== id);
}

/** A one-line label: the first line of code that says something (not blank, not an import). */
export function historyLabel(entry: HistoryEntry): string {
  const lines = entry.code.split('\n').map((l) => l.trim());
  const telling = lines.find((l) => l && !/^(import|from)\s/.test(l)) ?? lines.find((l) => l) ?? '(empty program)';
  return telling.length > 60 ? `${telling.slice(0, 59)}…` : telling;
}

export class HistoryStore {
  private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;

  constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
    this.storage = storage;
  }

  list(): HistoryEntry[] {
    try {
      return parseHistory(this.storage?.getItem(HISTORY_KEY) ?? null);
    } catch {
      return [];
    }
  }

  /** false when the browser refused to store it. */
  save(entries: readonly HistoryEntry[]): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(HISTORY_KEY, JSON.stringify(entries));
      return true;
    } catch {
      return false;
    }
  }
}
