// Runs a Python command with a native CPython >= 3.12: $PYTHON if set, else the first of python3.14 … python3
// on the PATH, else pyenv's versions. Prints "skipped: …" and exits 0 when there is none, so machines without
// Python can still run the rest of the suite. Usage: node scripts/with-python.mjs ARGS…
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';

function version(python) {
  try {
    const out = execFileSync(python, ['-c', 'import sys; print(sys.version_info[0], sys.version_info[1])'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [major, minor] = out.trim().split(' ').map(Number);
    return major * 100 + minor;
  } catch {
    return 0;
  }
}

function candidates() {
  const list = process.env.PYTHON ? [process.env.PYTHON] : [];
  list.push('python3.14', 'python3.13', 'python3.12', 'python3');
  const pyenv = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (existsSync(pyenv))
    for (const name of readdirSync(pyenv).sort().reverse()) list.push(join(pyenv, name, 'bin', 'python3'));
  return list;
}

const python = candidates().find((candidate) => version(candidate) >= 312);
if (!python) {
  console.log('skipped: no CPython >= 3.12 found (set PYTHON=/path/to/python3 to choose one)');
  process.exit(0);
}
console.log(`using ${python}`);
const result = spawnSync(python, process.argv.slice(2), { stdio: 'inherit' });
process.exit(result.status ?? 1);
