// Build step (runs in `prebuild`, after copy-pyodide.mjs): a memory snapshot of Pyodide with our runtime package
// and the modules lessons use already imported (see src/runtime/snapshot.ts). Needs no network: Pyodide loads
// from node_modules. Writes node_modules/.cache/awaitable-snapshot/snapshot-<id>.bin.gz (reused while the
// sources are unchanged) and copies it to public/pyodide/<version>/, removing older snapshots there.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPyodide } from 'pyodide';
import { installPackage } from '../src/runtime/host.ts';
import { readPackageFiles } from '../src/runtime/node/package-files.ts';
import { pyodideVersion, SNAPSHOT_CACHE_DIR, snapshotId } from '../src/runtime/node/snapshot-files.ts';
import { PRELOAD, snapshotFileName } from '../src/runtime/snapshot.ts';

if (process.env.AWAITABLE_SNAPSHOT === 'off') {
  console.log('Snapshot: skipped (AWAITABLE_SNAPSHOT=off); the site will start Python with a plain load.');
  process.exit(0);
}

const files = readPackageFiles();
const version = pyodideVersion();
const id = snapshotId(files, version);
const name = snapshotFileName(id);
const cached = join(SNAPSHOT_CACHE_DIR, name);
const started = performance.now();

if (!existsSync(cached)) {
  const py = await loadPyodide({ _makeSnapshot: true, stdout: () => {}, stderr: () => {} });
  installPackage(py, files);
  py.runPython(PRELOAD);
  const raw = py.makeMemorySnapshot();
  const gz = gzipSync(raw, { level: 9 });
  mkdirSync(SNAPSHOT_CACHE_DIR, { recursive: true });
  for (const old of readdirSync(SNAPSHOT_CACHE_DIR)) rmSync(join(SNAPSHOT_CACHE_DIR, old), { force: true });
  writeFileSync(cached + '.tmp', gz);
  renameSync(cached + '.tmp', cached);
  console.log(
    `Snapshot ${id}: ${(raw.length / 1e6).toFixed(1)} MB raw, ${(gz.length / 1e6).toFixed(1)} MB gzip ` +
      `(made in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
} else console.log(`Snapshot ${id}: up to date (${(statSync(cached).size / 1e6).toFixed(1)} MB gzip, cached)`);

// The site's public folder (argument, or public/).
const target = join(process.argv[2] ?? 'public', 'pyodide', version);
mkdirSync(target, { recursive: true });
for (const old of readdirSync(target))
  if (old.startsWith('snapshot-') && old !== name) rmSync(join(target, old), { force: true });
if (!existsSync(join(target, name)) || statSync(join(target, name)).size !== statSync(cached).size)
  copyFileSync(cached, join(target, name));
// Pyodide keeps the event loop alive after loading; nothing else is pending.
process.exit(0);
