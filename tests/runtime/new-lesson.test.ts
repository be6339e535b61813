/** `npm run new-lesson` scaffolds a lesson whose example and exercise pass the content checker as they are. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('scaffolds a lesson that passes check-content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'awaitable-lessons-'));
  const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });
  const created = node(['scripts/new-lesson.ts', 'waiting-well', '--title', 'Waiting well', '--dir', dir]);
  expect(created.status, created.stderr).toBe(0);
  const checked = node(['scripts/check-content.ts', dir]);
  expect(checked.stdout).toMatch(/^4 passed, 0 failed$/m);
  expect(checked.status).toBe(0);
  expect(node(['scripts/new-lesson.ts', 'waiting-well', '--dir', dir]).status).toBe(1); // never overwrites
});
