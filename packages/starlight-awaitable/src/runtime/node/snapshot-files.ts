/**
 * Node side of the runtime's memory snapshot (see ../snapshot.ts): its identity (Pyodide version + a hash of
 * the package's sources and the preload code), where the build keeps it, and finding it for the CLI.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { FIXUP_AFTER_RESTORE, PRELOAD, snapshotFileName } from '../snapshot.ts';
import { readPackageFiles } from './package-files.ts';

// The site being built (npm scripts and Astro run there): its dist/, public/ and build cache.
const ROOT = process.cwd();

/** The installed Pyodide's version (the package the site depends on, found as Node would find it from here). */
export function pyodideVersion(): string {
  const packageFile = createRequire(import.meta.url).resolve('pyodide/package.json');
  return JSON.parse(readFileSync(packageFile, 'utf8')).version as string;
}

/** `<pyodide version>-<16 hex digits of SHA-256 over the package's files, PRELOAD and FIXUP_AFTER_RESTORE>`. */
export function snapshotId(files = readPackageFiles(), version = pyodideVersion()): string {
  const hash = createHash('sha256');
  hash.update(`pyodide ${version}\0${PRELOAD}\0${FIXUP_AFTER_RESTORE}\0`);
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${files[path]}\0`);
  return `${version}-${hash.digest('hex').slice(0, 16)}`;
}

/** The build cache the snapshot step writes to (survives `rm -rf dist`, ignored by git with node_modules). */
export const SNAPSHOT_CACHE_DIR = join(ROOT, 'node_modules/.cache/awaitable-snapshot');

/** Where a current snapshot for the CLI can be found: the build cache, then dist/, then public/; or null. */
export function findSnapshot(id = snapshotId()): string | null {
  const name = snapshotFileName(id);
  const version = id.slice(0, id.lastIndexOf('-'));
  const candidates = [
    join(SNAPSHOT_CACHE_DIR, name),
    join(ROOT, 'dist/pyodide', version, name),
    join(ROOT, 'public/pyodide', version, name),
  ];
  return candidates.find((path) => existsSync(path)) ?? null;
}
