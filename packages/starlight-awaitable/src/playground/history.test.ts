import { describe, expect, it } from 'vitest';
import {
  addToHistory,
  HISTORY_KEY,
  HISTORY_LIMIT,
  historyLabel,
  HistoryStore,
  parseHistory,
  removeFromHistory,
  type HistoryEntry,
} from './history.ts';

const entry = (n: number, code = `print(${n})\n`): HistoryEntry => ({
  id: `id${n}`,
  code,
  stdin: '',
  cpuTime: true,
  at: n,
});

describe('playground history', () => {
  it('keeps the newest 20, newest first', () => {
    let list: HistoryEntry[] = [];
    for (let n = 1; n <= 25; n++) list = addToHistory(list, entry(n));
    expect(list).toHaveLength(HISTORY_LIMIT);
    expect(list[0].id).toBe('id25');
    expect(list.at(-1)!.id).toBe('id6');
  });

  it('moves a program run again to the top instead of adding a copy', () => {
    const list = addToHistory([entry(2), entry(1)], { ...entry(3), code: 'print(1)\n' });
    expect(list.map((e) => e.id)).toEqual(['id3', 'id2']);
  });

  it('deletes one entry', () => {
    expect(removeFromHistory([entry(1), entry(2)], 'id1').map((e) => e.id)).toEqual(['id2']);
  });

  it('reads damaged storage as empty and drops bad entries', () => {
    expect(parseHistory('{not json')).toEqual([]);
    expect(parseHistory('{"a":1}')).toEqual([]);
    expect(parseHistory(JSON.stringify([entry(1), { id: 2 }]))).toEqual([entry(1)]);
  });

  it('labels an entry by its first telling line', () => {
    expect(historyLabel(entry(1, 'import asyncio\n\nasync def main():\n'))).toBe('async def main():');
    expect(historyLabel(entry(1, ''))).toBe('(empty program)');
  });

  it('stores through localStorage and survives a refusing browser', () => {
    const saved = new Map<string, string>();
    const store = new HistoryStore({ getItem: (k) => saved.get(k) ?? null, setItem: (k, v) => void saved.set(k, v) });
    expect(store.save([entry(1)])).toBe(true);
    expect(saved.has(HISTORY_KEY)).toBe(true);
    expect(store.list()).toEqual([entry(1)]);
    const refusing = new HistoryStore({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    });
    expect(refusing.save([entry(1)])).toBe(false);
    expect(refusing.list()).toEqual([]);
  });
});
