/**
 * Everything the browser loads validates with `zod/mini`: one module on a page importing classic zod (`astro/zod`,
 * `zod`) would bring its whole classic layer, ≈20 KB gzip, back before the load event. Walks the static and dynamic
 * imports from every client `<script>` of the package's components and pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..');
// Static imports and re-exports (not `import type`: erased), side-effect and dynamic imports.
const IMPORT = /(?:import|export)\s(?!type\s)[^'"]*?from\s*'([^']+)'|import\s*\(?\s*'([^']+)'/g;

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(path);
    return entry.name.endsWith('.astro') ? [path] : [];
  });
}

/** The specifiers a file imports (static, re-exports and dynamic). */
function imports(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => (match[1] ?? match[2])!);
}

/** The client scripts' entry modules: the imports inside each `.astro` file's plain `<script>` blocks. */
function clientEntries(): string[] {
  return astroFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].flatMap((block) =>
      imports(block[1]!)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => resolve(dirname(file), spec)),
    ),
  );
}

/** Every module reachable from `entries` through relative imports, with the bare packages each one imports. */
function reachable(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!.replace(/\?.*$/, '');
    if (seen.has(file) || !file.endsWith('.ts')) continue;
    const specs = imports(readFileSync(file, 'utf8'));
    seen.set(
      file,
      specs.filter((spec) => !spec.startsWith('.')),
    );
    for (const spec of specs) if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
  }
  return seen;
}

describe('the modules the browser loads', () => {
  const modules = reachable(clientEntries());

  it('are found from the components’ scripts (the walk sees the page code)', () => {
    const names = [...modules.keys()].map((file) => file.slice(SRC.length + 1));
    expect(names).toContain('components/workbench/workbench-element.ts');
    expect(names).toContain('trace/schema.ts');
    expect(names).toContain('progress/schema.ts');
  });

  it('import zod only as zod/mini', () => {
    const classic = [...modules]
      .filter(([, packages]) => packages.some((spec) => spec === 'zod' || spec === 'astro/zod' || spec === 'zod/v4'))
      .map(([file]) => file.slice(SRC.length + 1));
    expect(classic).toEqual([]);
  });
});
