/**
 * `npm run new-lesson` scaffolds a lesson whose example and exercise pass the content checker as they are, and
 * whose placeholder texts the checker reports until the author replaces them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../packages/starlight-awaitable/src/content/lesson-scaffold.ts';

const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000 });

it('scaffolds a lesson that passes check-content once its placeholders are replaced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'awaitable-lessons-'));
  const created = node([
    'packages/starlight-awaitable/scripts/new-lesson.ts',
    'waiting-well',
    '--title',
    'Waiting well',
    '--dir',
    dir,
  ]);
  expect(created.status, created.stderr).toBe(0);
  expect(created.stdout).toContain('npm run check-content -- waiting-well --watch');

  const scaffold = node(['packages/starlight-awaitable/scripts/check-content.ts', join(dir, 'waiting-well')]);
  expect(scaffold.stdout).toMatch(/^4 passed, 2 failed$/m);
  expect(scaffold.stdout).toContain("concepts: still the scaffold's placeholder [replace me]");
  expect(scaffold.stdout).toContain(`line 14: "${PLACEHOLDERS.opening}" is the scaffold's text`);
  expect(scaffold.status).toBe(1);

  const index = join(dir, 'waiting-well', 'index.mdx');
  const replacements: Record<string, string> = {
    [PLACEHOLDERS.concepts]: 'sequential awaits',
    [PLACEHOLDERS.description]: 'Two awaits in a row take as long as both waits added together.',
    [PLACEHOLDERS.opening]: 'Why does waiting twice take twice as long?',
    [PLACEHOLDERS.section]: 'Awaits in a row',
    [PLACEHOLDERS.explanation]: 'Each await finishes before the next line starts.',
    [PLACEHOLDERS.instructions]: 'Make the two waits overlap.',
    [PLACEHOLDERS.recap]: 'An await waits until its work is done.',
  };
  let text = readFileSync(index, 'utf8');
  for (const [placeholder, own] of Object.entries(replacements)) text = text.replace(placeholder, own);
  writeFileSync(index, text);
  const edited = node(['packages/starlight-awaitable/scripts/check-content.ts', join(dir, 'waiting-well')]);
  expect(edited.stdout).toMatch(/^6 passed, 0 failed$/m);
  expect(edited.status).toBe(0);

  expect(node(['packages/starlight-awaitable/scripts/new-lesson.ts', 'waiting-well', '--dir', dir]).status).toBe(1); // never overwrites
});

it('--help prints the usage; bad arguments get a message and exit status 2', () => {
  const help = node(['packages/starlight-awaitable/scripts/new-lesson.ts', '--help']);
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: npm run new-lesson -- SLUG/);
  const unknown = node(['packages/starlight-awaitable/scripts/new-lesson.ts', '--titel', 'x', 'a-slug']);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr).toMatch(/^new-lesson: Unknown option '--titel'\./);
  const bad = node(['packages/starlight-awaitable/scripts/new-lesson.ts', 'Rate Limiting']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toMatch(/^new-lesson: "Rate Limiting" is not a slug/);
  for (const run of [unknown, bad]) expect(run.stderr).not.toMatch(/\n\s+at /);
});
