/**
 * console.log's formatting, close to Node's `util.inspect` (which is what a reader comparing with Node sees):
 * strings bare at the top level and quoted inside structures, `[ 1, 2 ]`, `{ a: 1 }`, `Map(1) { 'a' => 1 }`, nested
 * objects deeper than 2 as `[Object]`, errors as their stack, long or deep structures broken over lines (Node's
 * `breakLength` 80 / `compact` 3 rule) and arrays of more than six short items grouped into columns. `%s %d %i %f
 * %j %o %O %%` in a first string argument are substituted as Node does. No colours, no getters called.
 */

const BREAK_LENGTH = 80;
const COMPACT = 3;
const MAX_DEPTH = 2;
const MAX_ARRAY = 100;

/** Rewrites stack lines to the learner's file (set by the runner); identity by default. */
export type StackRewriter = (stack: string) => string;

interface Context {
  seen: unknown[];
  indentation: number;
  currentDepth: number;
  rewriteStack: StackRewriter;
}

export function formatArgs(args: readonly unknown[], rewriteStack: StackRewriter = (s) => s): string {
  const ctx = (): Context => ({ seen: [], indentation: 0, currentDepth: 0, rewriteStack });
  const out: string[] = [];
  let rest = args;
  const first = args[0];
  if (typeof first === 'string' && args.length > 1 && first.includes('%')) {
    let index = 1;
    const text = first.replace(/%([sdifjoOc%])/g, (match, spec: string) => {
      if (spec === '%') return '%';
      if (index >= args.length) return match;
      const value = args[index++];
      switch (spec) {
        case 's':
          return typeof value === 'string'
            ? value
            : typeof value === 'bigint'
              ? `${value}n`
              : typeof value === 'object' && value !== null
                ? inspect(value, { ...ctx() }, 1)
                : String(value);
        case 'd':
        case 'i': {
          if (typeof value === 'bigint') return `${value}n`;
          const n = Number(value);
          return spec === 'i' ? String(Math.trunc(n)) : formatNumber(n);
        }
        case 'f':
          return String(parseFloat(String(value)));
        case 'j':
          try {
            return JSON.stringify(value);
          } catch {
            return '[Circular]';
          }
        case 'o':
        case 'O':
          return inspect(value, ctx(), 0);
        case 'c':
          return '';
        default:
          return match;
      }
    });
    out.push(text);
    rest = args.slice(index);
  } else if (args.length > 0) {
    out.push(typeof first === 'string' ? first : inspect(first, ctx(), 0));
    rest = args.slice(1);
  }
  for (const value of rest) out.push(typeof value === 'string' ? value : inspect(value, ctx(), 0));
  return out.join(' ');
}

/** One value as `util.inspect` shows it (strings quoted). */
export function inspectValue(value: unknown, rewriteStack: StackRewriter = (s) => s): string {
  return inspect(value, { seen: [], indentation: 0, currentDepth: 0, rewriteStack }, 0);
}

const formatNumber = (n: number) => (Object.is(n, -0) ? '-0' : String(n));

function quote(text: string): string {
  const q = !text.includes("'") ? "'" : !text.includes('"') ? '"' : !text.includes('`') ? '`' : "'";
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\r/g, '\\r')
    .replace(new RegExp(q, 'g'), `\\${q}`);
  return `${q}${escaped}${q}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const keyText = (key: string | symbol) =>
  typeof key === 'symbol' ? `[${key.toString()}]` : IDENTIFIER.test(key) ? key : quote(key);

function inspect(value: unknown, ctx: Context, depth: number): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return formatNumber(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return value.toString();
    case 'function':
      return functionText(value);
  }
  if (value === null) return 'null';
  const object = value as object;
  if (ctx.seen.includes(object)) return '[Circular *1]';
  if (object instanceof Error) return errorText(object, ctx);
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return object.toString();
  if (object instanceof Promise) return 'Promise { <pending> }'.replace('<pending>', promiseState(object));
  if (object instanceof WeakMap || object instanceof WeakSet) return `${object.constructor.name} { <items unknown> }`;
  if (depth > MAX_DEPTH) {
    if (Array.isArray(object)) return '[Array]';
    const name = constructorName(object);
    return `[${name === '' ? 'Object: null prototype' : name}]`;
  }
  ctx.seen.push(object);
  ctx.currentDepth = depth;
  let output: string[];
  let braces: [string, string];
  let prefix = '';
  const entriesBefore = ctx.indentation;
  ctx.indentation += 2;
  if (Array.isArray(object)) {
    output = [];
    const shown = Math.min(object.length, MAX_ARRAY);
    let holes = 0;
    for (let i = 0; i < shown; i++) {
      if (!(i in object)) {
        holes++;
        continue;
      }
      if (holes) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
      holes = 0;
      output.push(inspect(object[i], ctx, depth + 1));
    }
    if (holes) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    if (object.length > MAX_ARRAY)
      output.push(`... ${object.length - MAX_ARRAY} more item${object.length - MAX_ARRAY > 1 ? 's' : ''}`);
    output.push(...ownProperties(object, ctx, depth, (key) => !/^\d+$/.test(key)));
    const name = constructorName(object);
    prefix = name !== 'Array' ? `${name}(${object.length})` : '';
    braces = ['[', ']'];
    if (object.length > 6 && output.length > 6) output = groupArrayElements(output, ctx, object);
  } else if (object instanceof Map) {
    output = [...object].map(([k, v]) => `${inspect(k, ctx, depth + 1)} => ${inspect(v, ctx, depth + 1)}`);
    prefix = `Map(${object.size})`;
    braces = ['{', '}'];
  } else if (object instanceof Set) {
    output = [...object].map((v) => inspect(v, ctx, depth + 1));
    prefix = `Set(${object.size})`;
    braces = ['{', '}'];
  } else {
    output = ownProperties(object, ctx, depth, () => true);
    const name = constructorName(object);
    prefix = name === 'Object' ? '' : name === '' ? '[Object: null prototype]' : name;
    braces = ['{', '}'];
  }
  ctx.indentation = entriesBefore;
  ctx.seen.pop();
  const base = prefix;
  if (output.length === 0) return `${base ? `${base} ` : ''}${braces[0]}${braces[1]}`;
  return reduceToSingleString(output, base, braces, ctx, depth, object);
}

function ownProperties(object: object, ctx: Context, depth: number, keep: (key: string) => boolean): string[] {
  const out: string[] = [];
  for (const key of Reflect.ownKeys(object)) {
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (!descriptor?.enumerable) continue;
    if (typeof key === 'string' && !keep(key)) continue;
    const shown =
      'value' in descriptor
        ? inspect(descriptor.value, ctx, depth + 1)
        : descriptor.get && descriptor.set
          ? '[Getter/Setter]'
          : descriptor.get
            ? '[Getter]'
            : '[Setter]';
    out.push(`${keyText(key)}: ${shown}`);
  }
  return out;
}

/** Node's rule: one line when it fits in 80 columns and holds at most `compact` (3) levels of nesting. */
function reduceToSingleString(
  output: string[],
  base: string,
  braces: [string, string],
  ctx: Context,
  depth: number,
  value: object,
): string {
  const grouped = Array.isArray(value) && output.length !== Math.min(value.length, MAX_ARRAY);
  if (!grouped && ctx.currentDepth - depth < COMPACT) {
    const start = output.length + ctx.indentation + braces[0].length + base.length + 10;
    if (isBelowBreakLength(output, start, base)) {
      const joined = output.join(', ');
      if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
    }
  }
  const indentation = `\n${' '.repeat(ctx.indentation)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

function isBelowBreakLength(output: string[], start: number, base: string): boolean {
  let total = output.length + start;
  if (total + output.length > BREAK_LENGTH) return false;
  for (const entry of output) {
    total += entry.length;
    if (total > BREAK_LENGTH) return false;
  }
  return base === '' || !base.includes('\n');
}

/** Node's column layout for arrays of more than six items (lib/internal/util/inspect.js, groupArrayElements). */
function groupArrayElements(output: string[], ctx: Context, value: unknown[]): string[] {
  let totalLength = 0;
  let maxLength = 0;
  const outputLength = value.length > MAX_ARRAY ? output.length - 1 : output.length;
  const separatorSpace = 2;
  const dataLen: number[] = [];
  for (let i = 0; i < outputLength; i++) {
    const len = output[i]!.length;
    dataLen.push(len);
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentation < BREAK_LENGTH && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
      Math.floor((BREAK_LENGTH - ctx.indentation) / actualMax),
      COMPACT * 4,
      15,
    );
    if (columns <= 1) return output;
    const maxLineLength: number[] = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) if (dataLen[j]! > lineLength) lineLength = dataLen[j]!;
      maxLineLength.push(lineLength + separatorSpace);
    }
    const numeric = value.every((item) => typeof item === 'number' || typeof item === 'bigint');
    const grouped: string[] = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const cell = `${output[j]}, `;
        line += numeric ? cell.padStart(maxLineLength[j - i]!, ' ') : cell.padEnd(maxLineLength[j - i]!, ' ');
      }
      line += numeric ? output[j]!.padStart(maxLineLength[j - i]! - separatorSpace, ' ') : output[j]!;
      grouped.push(line);
    }
    if (value.length > MAX_ARRAY) grouped.push(output[outputLength]!);
    return grouped;
  }
  return output;
}

function constructorName(object: object): string {
  const proto = Object.getPrototypeOf(object) as { constructor?: { name?: unknown } } | null;
  if (proto === null) return '';
  const name = proto.constructor?.name;
  return typeof name === 'string' && name ? name : 'Object';
}

function functionText(fn: Function): string {
  const source = Function.prototype.toString.call(fn);
  const name = fn.name;
  if (source.startsWith('class')) return `[class ${name || '(anonymous)'}]`;
  // An instrumented async function is a plain wrapper around the hook (instrument.ts); it is still async to the learner.
  const kind = source.startsWith('async') || source.includes('__aw.call(') ? 'AsyncFunction' : 'Function';
  return name ? `[${kind}: ${name}]` : `[${kind} (anonymous)]`;
}

function errorText(error: Error, ctx: Context): string {
  const stack = typeof error.stack === 'string' && error.stack ? ctx.rewriteStack(error.stack) : String(error);
  const extra = Object.keys(error).filter((key) => key !== 'stack' && key !== 'message');
  if (!extra.length) return stack;
  const props = extra.map((key) => `${keyText(key)}: ${inspect((error as never)[key], ctx, 1)}`);
  return `${stack} { ${props.join(', ')} }`;
}

/** Promise states are invisible to JavaScript; the runner registers the ones it sees settle. */
const settled = new WeakMap<Promise<unknown>, { ok: boolean; value: unknown }>();
export function notePromiseState(promise: Promise<unknown>, ok: boolean, value: unknown): void {
  settled.set(promise, { ok, value });
}
function promiseState(promise: Promise<unknown>): string {
  const state = settled.get(promise);
  if (!state) return '<pending>';
  const shown = inspectValue(state.value);
  return state.ok ? shown : `<rejected> ${shown}`;
}
