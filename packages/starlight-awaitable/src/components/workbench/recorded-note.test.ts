import { describe, expect, it } from 'vitest';
import { recordedNote } from './recorded-note.ts';

describe('recordedNote', () => {
  it("says the run was recorded and what Python's state is, never that it ran live", () => {
    const loading = recordedNote({ state: 'loading', message: 'Downloading Python…', progress: 0.2 });
    expect(loading).toMatch(/recording of this exact code/);
    expect(loading).toMatch(/Python is still starting/);
    expect(recordedNote({ state: 'failed', message: 'offline' })).toMatch(/Python could not start/);
    expect(recordedNote({ state: 'ready' })).toMatch(/Python is ready now: your next Run is live/);
  });
});
