/**
 * Source-text facts for `uses` / `avoids` checks when the runtime supplies no AST facts: a conservative text search
 * of the learner's program. "Conservative" means it only looks at code — comments and string literals are blanked
 * first (so `# don't use time.sleep` and `print("time.sleep")` are not uses) — and that an import alone is not a
 * use (`from time import sleep` is not a call to `time.sleep`; the bare `sleep` later in the code is).
 * It resolves `import m as x` and `from m import n [as x]` aliases; it does not follow assignments
 * (`s = time.sleep; s(1)` counts as a use of time.sleep, since the name appears, but `getattr(time, "sleep")` does
 * not). The line numbers it returns are the learner's, so an editor can highlight them.
 */
import type { Construct } from './schema.ts';

/**
 * The source with comments and the contents of string literals replaced by spaces, keeping every newline so line
 * numbers stay the same. Prefixes (r, b, f …) stay as code; f-string expressions are blanked with the string.
 */
export function stripCommentsAndStrings(source: string): string {
  let out = '';
  let i = 0;
  const n = source.length;
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  while (i < n) {
    const ch = source[i]!;
    if (ch === '#') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (ch === '"' || ch === "'") {
      const quote = source.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      let j = i + quote.length;
      let closed = false;
      while (j < n) {
        if (source[j] === '\\') j += 2;
        else if (source.startsWith(quote, j)) {
          closed = true;
          break;
        } else if (quote.length === 1 && source[j] === '\n')
          break; // unterminated: Python stops at the line end
        else j++;
      }
      j = Math.min(j, n);
      out += quote + blank(source.slice(i + quote.length, j)) + (closed ? quote : '');
      i = closed ? j + quote.length : j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

interface Imports {
  /** Local name → full dotted name it stands for (`aio` → `asyncio`, `sleep` → `time.sleep`). */
  aliases: Map<string, string>;
  /** Modules imported with `from m import *`. */
  starModules: string[];
  /** The code with import statements blanked (so importing a name is not using it). */
  code: string;
}

/** Import statements of already-stripped code (`import a.b as c, d` and `from m import (x, y as z)` forms). */
function readImports(code: string): Imports {
  const aliases = new Map<string, string>();
  const starModules: string[] = [];
  const statement = /^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n;]*)|import[ \t]+([^\n;]*))/gm;
  const blanked = code.replace(statement, (text, fromModule: string | undefined, names: string | undefined, plain) => {
    const list = ((fromModule ? names : plain) as string).replace(/[()\\]/g, ' ').split(',');
    for (const item of list) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (!name) continue;
      if (fromModule) {
        if (name === '*') starModules.push(fromModule);
        else aliases.set(alias ?? name, `${fromModule}.${name}`);
      } else {
        // `import a.b` binds `a` (to module a); `import a.b as c` binds c to a.b.
        aliases.set(alias ?? name.split('.')[0]!, alias ? name : name.split('.')[0]!);
      }
    }
    return text.replace(/[^\n]/g, ' ');
  });
  return { aliases, starModules, code: blanked };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex for a dotted name written in code: `a.b` also as `a . b`, not as part of `x.a.b` or `a.bc`. */
function dottedPattern(dotted: string): RegExp {
  return new RegExp(`(?<![\\w.])${dotted.split('.').map(escape).join('\\s*\\.\\s*')}(?!\\w)`);
}

/** The spellings under which the program could refer to `name`, given its imports. */
function spellings(name: string, imports: Imports): string[] {
  const forms = new Set<string>([name]);
  for (const [local, target] of imports.aliases) {
    if (name === target) forms.add(local);
    else if (name.startsWith(`${target}.`)) forms.add(local + name.slice(target.length));
  }
  for (const module of imports.starModules) {
    if (name.startsWith(`${module}.`)) forms.add(name.slice(module.length + 1));
  }
  return [...forms];
}

const CONSTRUCT_PATTERNS: Record<Construct, RegExp> = {
  'async def': /\basync\s+def\b/,
  'async with': /\basync\s+with\b/,
  'async for': /\basync\s+for\b/,
  await: /\bawait\b/,
  'except*': /\bexcept\s*\*/,
  yield: /\byield\b/,
};

/** 1-based line of the first match of `pattern` in `code`, or null. */
function firstLine(code: string, pattern: RegExp): number | null {
  const match = pattern.exec(code);
  return match ? code.slice(0, match.index).split('\n').length : null;
}

/** Where the program first uses a dotted name, found by text search (null: not used). */
export function findNameInSource(source: string, name: string): number | null {
  const imports = readImports(stripCommentsAndStrings(source));
  const lines = spellings(name, imports)
    .map((form) => firstLine(imports.code, dottedPattern(form)))
    .filter((line): line is number => line !== null);
  return lines.length ? Math.min(...lines) : null;
}

/** Where the program first uses a construct such as `async with` (null: not used). */
export function findConstructInSource(source: string, construct: Construct): number | null {
  return firstLine(stripCommentsAndStrings(source), CONSTRUCT_PATTERNS[construct]);
}
