/**
 * The runtime's memory snapshot: Pyodide's WebAssembly memory saved at build time (scripts/make-snapshot.ts)
 * after importing our package and the modules lessons use, so a page starts Python by copying memory instead of
 * running the interpreter's start-up and those imports (about 0.3 s instead of 2–3 s of CPU).
 *
 * Shared by the build step, the browser worker and the Node runner; free of Node and DOM APIs.
 *
 * A snapshot holds Python's heap, not Emscripten's file system (which lives in JavaScript), so whoever loads one
 * writes the package's files again (installPackage: its `import` is then a no-op) and runs FIXUP_AFTER_RESTORE.
 * Its file name carries the Pyodide version and a hash of everything that went into it (the package's sources and
 * PRELOAD), so a stale snapshot is never loaded; Pyodide itself refuses one made by a different build.
 */
import { PACKAGE_ROOT } from './host.ts';

/** Standard-library modules imported into the snapshot besides our package (what lessons and exercises use). */
export const SNAPSHOT_MODULES = [
  'asyncio',
  'concurrent.futures',
  'contextvars',
  'contextlib',
  'json',
  'ast',
  'time',
  'datetime',
  'random',
  'inspect',
  'traceback',
  'linecache',
  'threading',
  'queue',
  'collections',
  'dataclasses',
  'enum',
  'functools',
  'itertools',
  'typing',
  're',
  'math',
  'statistics',
  'textwrap',
  'string',
  'heapq',
  'weakref',
  'signal',
];

/** Python run before taking the snapshot. */
export const PRELOAD = `
import sys
if ${JSON.stringify(PACKAGE_ROOT)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(PACKAGE_ROOT)})
import awaitable_runtime
${SNAPSHOT_MODULES.map((name) => `import ${name}`).join('\n')}
`;

/**
 * Python run after loading a snapshot, so that it behaves like a fresh start: new random seeds (the snapshot's
 * would otherwise repeat on every page load) and the reader's time zone (not the build machine's).
 */
export const FIXUP_AFTER_RESTORE = `
import sys
if "random" in sys.modules:
    sys.modules["random"].seed()
import time
if hasattr(time, "tzset"):
    time.tzset()
`;

/** `snapshot-<id>.bin.gz`, stored gzip-compressed so any static host serves it small (31 MB raw, ~6 MB). */
export const snapshotFileName = (id: string) => `snapshot-${id}.bin.gz`;

/** Which start a runtime thread used, reported in its status message (tests and benchmarks read it). */
export type StartKind = 'snapshot' | 'plain' | 'plain-fallback';
