import { describe, expect, it } from 'vitest';
import { AutosaveController } from './autosave.ts';
import {
  describeImport,
  exportFileName,
  exportProgress,
  importProgress,
  mergeExercise,
  parseProgressFile,
  serializeProgress,
} from './export.ts';
import type { ProgressExport } from './schema.ts';
import { ProgressStore } from './store.ts';
import { fakeClock, FakeScheduler, MemoryStorage } from './testing.ts';

const EX = 'why-asyncio/concurrent-downloads';

function setup(storage = new MemoryStorage(), tabId = 'tab-a') {
  const clock = fakeClock();
  return { store: new ProgressStore({ storage, now: clock.now, tabId }), clock, storage };
}

function parse(text: string): ProgressExport {
  const result = parseProgressFile(text);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe('export', () => {
  it('writes the versioned format with every exercise', () => {
    const { store, clock } = setup();
    store.saveCode(EX, 'import asyncio\n', { basedOn: null });
    store.setHintsRevealed(EX, 1);
    clock.tick(1000);
    store.markSolved('b/solved');
    store.markSolutionShown('b/solved');
    expect(exportProgress(store)).toEqual({
      format: 'awaitable-progress',
      version: 1,
      exportedAt: '2025-01-01T00:00:01.000Z',
      exercises: {
        'b/solved': {
          attemptedAt: '2025-01-01T00:00:01.000Z',
          solvedAt: '2025-01-01T00:00:01.000Z',
          solutionShown: true,
        },
        [EX]: { code: 'import asyncio\n', codeSavedAt: '2025-01-01T00:00:00.000Z', hintsRevealed: 1 },
      },
    });
    expect(exportFileName(new Date('2025-03-04T23:00:00Z'))).toBe('awaitable-progress-2025-03-04.json');
  });

  it('export → reset → import restores everything', () => {
    const { store } = setup();
    store.saveCode(EX, 'async def main(): ...', { basedOn: null });
    store.markAttempted(EX);
    store.markSolved('b/c');
    store.setHintsRevealed('b/c', 3);
    const before = store.list();
    const file = serializeProgress(exportProgress(store));

    store.resetAll();
    expect(store.list()).toEqual([]);
    const report = importProgress(store, parse(file));
    expect(report).toMatchObject({ ok: true, exercises: 2, added: 2, codeUpdated: 1, newlySolved: 1, unchanged: 0 });
    expect(report.summary).toBe(
      'Brought in progress for 2 exercises you had not started in this browser. 1 of them is now marked solved.',
    );
    expect(store.list()).toEqual(before);
    expect(store.loadCode(EX)?.code).toBe('async def main(): ...');

    // Importing the same file again changes nothing.
    expect(importProgress(store, parse(file))).toMatchObject({ changed: 0, unchanged: 2 });
  });

  it('records the export time in the meta key', () => {
    const { store } = setup();
    store.markAttempted(EX);
    store.recordExport();
    expect(store.meta()?.lastExportedAt).toBe('2025-01-01T00:00:00.000Z');
  });
});

describe('merge', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  it('keeps the newer code by its save time and solved from either side, earliest date', () => {
    const local = {
      code: { text: 'local, newer', savedAt: 2000, rev: 4, tab: 'x' },
      solvedAt: '2025-02-01T00:00:00.000Z',
      hints: 1,
    };
    const older = mergeExercise(
      local,
      { code: 'file, older', codeSavedAt: iso(1000), solvedAt: '2025-01-15T00:00:00.000Z', hintsRevealed: 2 },
      'tab-a',
    );
    expect(older.record).toStrictEqual({ code: local.code, solvedAt: '2025-01-15T00:00:00.000Z', hints: 2 });
    expect(older).toMatchObject({ codeKept: true, codeUpdated: false, newlySolved: false, changed: true });

    const newer = mergeExercise(local, { code: 'file, newer', codeSavedAt: iso(3000) }, 'tab-a');
    expect(newer.record.code).toEqual({ text: 'file, newer', savedAt: 3000, rev: 5, tab: 'tab-a' });
    expect(newer.record.solvedAt).toBe('2025-02-01T00:00:00.000Z'); // solved locally stays solved
    expect(newer).toMatchObject({ codeUpdated: true, codeKept: false, added: false });

    const solvedInFile = mergeExercise({ code: local.code }, { solvedAt: '2025-03-01T00:00:00.000Z' }, 't');
    expect(solvedInFile).toMatchObject({ newlySolved: true, record: { code: local.code } });
  });

  it('never overwrites newer local code on import', () => {
    const file = setup();
    file.store.saveCode(EX, 'old backup', { basedOn: null });
    const backup = serializeProgress(exportProgress(file.store));

    const { store, clock } = setup(new MemoryStorage(), 'tab-b');
    clock.tick(60_000);
    store.saveCode(EX, 'written after the backup', { basedOn: null });
    store.saveCode('only/local', 'mine', { basedOn: null });
    const report = importProgress(store, parse(backup));
    expect(report).toMatchObject({ codeKept: 1, codeUpdated: 0, changed: 0 });
    expect(report.summary).toBe(
      'The exercise in the file matches your progress here; nothing changed. ' +
        "Your code here was newer than the file's in 1 exercise, so yours was kept.",
    );
    expect(store.loadCode(EX)?.code).toBe('written after the backup');
    expect(store.loadCode('only/local')?.code).toBe('mine');
  });

  it('imported code makes an editor open on the old code raise a conflict instead of overwriting it', () => {
    const storage = new MemoryStorage();
    const { store, clock } = setup(storage);
    const editor = new AutosaveController({ store, exerciseId: EX, scheduler: new FakeScheduler() });
    editor.load();
    editor.edit('typed before the import');
    editor.flush();
    const newer: ProgressExport = {
      format: 'awaitable-progress',
      version: 1,
      exportedAt: new Date(clock.time + 5000).toISOString(),
      exercises: { [EX]: { code: 'from the file', codeSavedAt: new Date(clock.time + 5000).toISOString() } },
    };
    expect(importProgress(store, newer)).toMatchObject({ codeUpdated: 1 });
    editor.edit('stale editor text');
    expect(editor.flush()).toMatchObject({ status: 'conflict', theirs: { code: 'from the file' } });
  });

  it('reports exercises it could not save and keeps them in memory', () => {
    const storage = new MemoryStorage();
    const { store } = setup(storage);
    storage.quota = 0;
    const data = parse(
      JSON.stringify({
        format: 'awaitable-progress',
        version: 1,
        exportedAt: '2025-01-01T00:00:00Z',
        exercises: { [EX]: { solvedAt: '2025-01-01T00:00:00Z' } },
      }),
    );
    const report = importProgress(store, data);
    expect(report).toMatchObject({ ok: false, failed: [{ exerciseId: EX, reason: 'quota' }], newlySolved: 1 });
    expect(report.summary).toMatch(/1 exercise could not be saved in this browser/);
    expect(store.getState(EX).status).toBe('solved');
  });
});

describe('bad import files', () => {
  const valid = { format: 'awaitable-progress', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', exercises: {} };
  const error = (text: string) => {
    const result = parseProgressFile(text);
    if (result.ok) throw new Error('expected a failure');
    return result;
  };

  it('accepts a valid file (with a byte-order mark and unknown extra fields)', () => {
    expect(parseProgressFile('\uFEFF' + JSON.stringify({ ...valid, note: 'hi' })).ok).toBe(true);
  });

  it('says the file is empty', () => {
    expect(error('  \n')).toEqual({
      ok: false,
      error: 'empty',
      message: 'This file is empty. Nothing was imported; your progress is unchanged.',
    });
  });

  it('says the file is not JSON', () => {
    expect(error('print("hello")')).toMatchObject({ error: 'not-json' });
    expect(error('{"format": "awaitable-progress",').message).toMatch(
      /^This file is not a progress export: it is not JSON/,
    );
  });

  it('says the JSON is not our format', () => {
    expect(error('{"name": "package.json"}')).toMatchObject({ error: 'not-ours' });
    expect(error('[1, 2]').message).toMatch(
      /not an Awaitable progress export \(it lacks "format": "awaitable-progress"\)/,
    );
    expect(error('null').error).toBe('not-ours');
  });

  it('says the file is from a newer version', () => {
    const result = error(JSON.stringify({ ...valid, version: 2 }));
    expect(result.error).toBe('newer-version');
    expect(result.message).toMatch(
      /saved by a newer version of Awaitable \(format version 2; this page reads version 1\)/,
    );
  });

  it('says which part of a damaged file is wrong', () => {
    const damaged = error(
      JSON.stringify({ ...valid, exercises: { [EX]: { code: 'x', codeSavedAt: 'last tuesday' } } }),
    );
    expect(damaged.error).toBe('damaged');
    expect(damaged.message).toBe(
      `This progress file is damaged: exercise "${EX}", field "codeSavedAt": expected a date like ` +
        '"2025-01-31T12:00:00.000Z". Nothing was imported; your progress is unchanged.',
    );
    expect(error(JSON.stringify({ ...valid, exercises: { [EX]: { code: 'x' } } })).message).toMatch(
      /field "codeSavedAt": has code but no "codeSavedAt" date/,
    );
    expect(error(JSON.stringify({ ...valid, exercises: { a: { hintsRevealed: -1 } }, exportedAt: 3 })).message).toMatch(
      /damaged: field "exportedAt": expected a date .* \(and 1 more problem\)/,
    );
    expect(error(JSON.stringify({ ...valid, version: 0 })).message).toMatch(
      /damaged: field "version": unsupported version \(this page reads version 1\)/,
    );
  });
});

describe('the import summary in plain words', () => {
  const base = { ok: true, failed: [], codeKept: 0, codeReplaced: 0, unchanged: 0 };
  it('counts each exercise once, then says what happened to some of them', () => {
    // The case that read as a contradiction: "9 new, 9 with newer code, 8 newly solved".
    expect(describeImport({ ...base, exercises: 9, added: 9, codeUpdated: 9, newlySolved: 8, changed: 9 })).toBe(
      'Brought in progress for 9 exercises you had not started in this browser. 8 of them are now marked solved.',
    );
    expect(
      describeImport({
        ...base,
        exercises: 6,
        added: 2,
        codeUpdated: 3,
        codeReplaced: 1,
        newlySolved: 4,
        changed: 4,
        unchanged: 2,
      }),
    ).toBe(
      'Brought in progress for 2 exercises you had not started in this browser and 2 exercises you had already ' +
        "started. All of them are now marked solved. In 1 exercise the file's code was newer than yours here, so " +
        'it replaced it. 2 other exercises already matched.',
    );
  });
});
