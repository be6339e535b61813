#!/usr/bin/env node
// The instructor's commands: `awaitable check|grade|new-lesson|pyrun|jsrun …`. Each runs its script in a child Node
// with the TypeScript hooks (register-ts.mjs), so they work from node_modules too; worker threads inherit them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const COMMANDS = {
  check: ['../scripts/check-content.ts', 'check lessons without a build (same as the site’s `npm run check-content`)'],
  grade: ['../scripts/grade.ts', 'grade one attempt at an exercise as the Check button does'],
  'new-lesson': ['../scripts/new-lesson.ts', 'scaffold a lesson with an example and an exercise'],
  pyrun: ['../src/runtime/node/pyrun.ts', 'run Python files under the lessons’ runtime'],
  jsrun: ['../src/jsrun/node/jsrun.ts', 'run TypeScript/JavaScript files under the JavaScript companion’s runtime'],
};

const USAGE = `Usage: awaitable <command> [--lessons DIR] [arguments…]

Commands:
${Object.entries(COMMANDS)
  .map(([name, [, what]]) => `  ${name.padEnd(11)} ${what}`)
  .join('\n')}

  --lessons DIR   the lessons folder (default content/lessons; the same as the plugin's \`lessons\` option)
Each command has its own --help.`;

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h') {
  console.log(USAGE);
  process.exit(command === undefined ? 2 : 0);
}
const entry = COMMANDS[command];
if (!entry) {
  process.stderr.write(`awaitable: unknown command "${command}".\n\n${USAGE}\n`);
  process.exit(2);
}
const env = { ...process.env };
const at = rest.indexOf('--lessons');
if (at >= 0) {
  if (rest[at + 1] === undefined) {
    process.stderr.write('awaitable: --lessons needs a folder, e.g. --lessons src/content/docs/lessons\n');
    process.exit(2);
  }
  env.AWAITABLE_LESSONS = rest[at + 1];
  rest.splice(at, 2);
}
const script = fileURLToPath(new URL(entry[0], import.meta.url));
const hooks = new URL('../register-ts.mjs', import.meta.url).href;
const child = spawnSync(process.execPath, ['--import', hooks, script, ...rest], { stdio: 'inherit', env });
process.exit(child.status ?? 1);
