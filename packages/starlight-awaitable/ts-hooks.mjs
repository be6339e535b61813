// Module hooks that let Node run this package's TypeScript when it is installed under node_modules, where Node's
// own type stripping refuses to work. The package is written in erasable TypeScript only (no enums, no
// namespaces), so stripping the types is all it needs; Node's own `stripTypeScriptTypes` does exactly that.
import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.includes('/node_modules/') || !/\.m?ts$/.test(new URL(url).pathname))
    return nextLoad(url, context);
  const source = await readFile(new URL(url), 'utf8');
  return { format: 'module', source: stripTypeScriptTypes(source, { sourceUrl: url }), shortCircuit: true };
}
