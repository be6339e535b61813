import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Python package's folder in this repository. */
export const PYTHON_DIR = fileURLToPath(new URL('../python/', import.meta.url));

/** Reads awaitable_runtime/**.py from disk, keyed like the browser's bundled copy ("awaitable_runtime/x.py"). */
export function readPackageFiles(root = PYTHON_DIR): Record<string, string> {
  return readPythonFolder('awaitable_runtime', root);
}

/** Every .py (and .json data) file under `root/folder`, keyed by its path relative to `root` ("folder/…/x.py"). */
export function readPythonFolder(folder: string, root = PYTHON_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== '__pycache__') walk(path);
      else if (entry.name.endsWith('.py') || entry.name.endsWith('.json'))
        files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(join(root, folder));
  return files;
}
