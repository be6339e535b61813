/**
 * starlight-awaitable in someone else's Starlight site, as an instructor would use it: the package is packed with
 * `npm pack`, unpacked into the fixture site's node_modules (tests/fixtures/plugin-site: one lesson, one
 * exercise, its own astro.config.mjs with `plugins: [awaitable({ lessons: 'src/content/docs/lessons' })]`), the
 * site is built with Astro, served, and its exercise is solved in Chromium. The checker command comes from the
 * same unpacked package.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Server } from 'node:http';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { replaceCode } from './code-editor';

const PACKAGE = resolve('packages/starlight-awaitable');
const SITE = resolve('tests/fixtures/plugin-site');
const INSTALLED = join(SITE, 'node_modules/starlight-awaitable');
const LESSONS = 'src/content/docs/lessons';

let packed: string[] = [];
let server: Server;
let base = '';

const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000 });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${output}`);
  return output;
};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  // npm pack, as a publisher would; the tarball is what a registry would serve.
  const out = mkdtempSync(join(tmpdir(), 'awaitable-pack-'));
  const listing = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], PACKAGE)) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = listing[0]!.files.map((file) => file.path);
  // Installed as npm would: real files under node_modules (where Node will not strip TypeScript by itself).
  rmSync(INSTALLED, { recursive: true, force: true });
  mkdirSync(INSTALLED, { recursive: true });
  run('tar', ['-xzf', join(out, listing[0]!.filename), '-C', INSTALLED, '--strip-components=1'], SITE);
  rmSync(out, { recursive: true, force: true });
  const astro = join(dirname(createRequire(join(SITE, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
  run(process.execPath, [astro, 'build'], SITE);
  const started = await startStaticServer(join(SITE, 'dist'), 0);
  server = started.server;
  base = started.url;
});

test.afterAll(() => {
  server?.close();
});

test('npm pack ships the plugin, its components, runtime and commands, and nothing private', () => {
  for (const file of ['index.mjs', 'bin/awaitable.mjs', 'src/plugin.ts', 'src/components/Exercise.astro'])
    expect(packed).toContain(file);
  expect(packed.filter((file) => /\.test\.ts$|(^|\/)fixtures\/|\/python\/tests\//.test(file))).toEqual([]);
});

test('the checker from the installed package checks the site’s lessons', () => {
  const output = run(process.execPath, [join(INSTALLED, 'bin/awaitable.mjs'), 'check', '--lessons', LESSONS], SITE);
  expect(output).toContain('waiting/both-at-once: the starter (starter.py) fails for what it does');
  expect(output).toMatch(/\b\d+ passed, 0 failed/);
});

test('a lesson of the fixture site runs its example, and its exercise is solved', async ({ page }) => {
  await page.goto(`${base}/lessons/waiting/`);
  await expect(page.getByRole('heading', { name: 'Waiting together', level: 1 })).toBeVisible();
  // The plugin's Sidebar override and CSP are in place.
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toContain("connect-src 'self'");

  const example = page.locator('aw-workbench', { hasText: 'Two waits in a row' });
  await example.getByRole('button', { name: 'Run' }).click();
  await expect(example.getByRole('log', { name: 'Output' })).toContainText('second wait done', {
    timeout: 120_000,
  });

  const exercise = page.locator('aw-workbench', { hasText: 'Wait for both at once' });
  await exercise.getByRole('button', { name: 'Check' }).click();
  const results = exercise.getByRole('region', { name: 'Check results' });
  await expect(results).toContainText('Your program took 2.0 s', { timeout: 120_000 });

  await replaceCode(
    page,
    exercise,
    [
      'import asyncio',
      '',
      '',
      'async def wait(seconds):',
      '    await asyncio.sleep(seconds)',
      '',
      '',
      'async def main():',
      '    await asyncio.gather(wait(1), wait(1))',
      '    print("done")',
      '',
      '',
      'asyncio.run(main())',
      '',
    ].join('\n'),
  );
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(results).toContainText('exercise solved!', { timeout: 120_000 });
});
