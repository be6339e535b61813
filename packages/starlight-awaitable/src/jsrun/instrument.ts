/**
 * Instrumenting the compiled JavaScript so the run can be traced: every async function call becomes a lane, every
 * `await` a suspension and its resumption. acorn parses esbuild's output (plain modern JavaScript: the types are
 * gone) and acorn-walk finds the nodes with their ancestors; the hooks are spliced in as text.
 *
 * What the rewrite does, so that timing stays exactly the engine's (no extra promise, no extra tick):
 * - `async function f(a, b) { B }` becomes `function f(...__a) { return __aw.call(META, __a,
 *   async (__lane, a, b) => { try { B } catch (__e) { __aw.fail(__lane, __e); throw __e } finally {
 *   __aw.exit(__lane) } }) }`: the hook calls the real async arrow at once and returns the very promise it made.
 *   The arrow keeps `this`, `arguments` and `super` of the original function. Methods and arrows alike.
 * - `await X` becomes `__aw.resumed(__lane, await __aw.suspend(__lane, LINE, X))`: `suspend` returns X itself.
 * - A `catch`/`finally` block in an async function starts with `__aw.resumed(__lane)`: a rejected `await` resumes
 *   there (a no-op when the lane was not suspended).
 * Hooks never contain a newline, so line N of the output is line N of esbuild's output, which the source map's line
 * table maps to the learner's line. Async generators are left alone (their awaits are not traced).
 */
import { parse, type Node } from 'acorn';
import { ancestor } from 'acorn-walk';
import { sourceLine } from './source-lines.ts';
import { moduleSyntaxMessage } from './wording.ts';

/** What a lane hook knows statically about the function. */
export interface FunctionMeta {
  /** The function's name as a learner would call it (`fetchUser`, `<anonymous>`). */
  name: string;
  /** Its definition line in the learner's file. */
  line: number | null;
}

export type Instrumented =
  | { ok: true; code: string; functions: FunctionMeta[] }
  | { ok: false; error: { type: 'SyntaxError'; message: string; line: number | null } };

interface Edit {
  start: number;
  end: number;
  text: string;
  /** How deep the node that made it is (orders edits at one position: see applyEdits). */
  depth: number;
  /** Text that ends a construct (after its node) rather than starting one. */
  closing: boolean;
}

type AnyNode = Node & Record<string, unknown>;
const child = (node: AnyNode, key: string) => node[key] as AnyNode | null | undefined;
/** acorn-walk hands each visitor its node type; the rewrite reads fields by name. */
const loose = (node: object): AnyNode => node as AnyNode;
const looseAll = (nodes: object[]): AnyNode[] => nodes.map(loose);

const isFunction = (node: AnyNode) =>
  node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
const isTraced = (node: AnyNode) => isFunction(node) && node.async === true && node.generator !== true;

/**
 * Rewrites esbuild's output. `lines` is the compiled-line → learner-line table (source-lines.ts). The result is
 * the body of `async (__lane) => { … }` that the runner calls as the program's top level.
 */
export function instrument(code: string, lines: readonly (number | null)[]): Instrumented {
  let program: AnyNode;
  try {
    program = loose(parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }));
  } catch (error) {
    // esbuild already accepted the syntax; a failure here means a construct acorn does not know yet.
    const loc = (error as { loc?: { line: number } }).loc;
    const line = loc ? sourceLine(lines, loc.line) : null;
    return { ok: false, error: { type: 'SyntaxError', message: (error as Error).message, line } };
  }
  const edits: Edit[] = [];
  const functions: FunctionMeta[] = [];
  const learnerLine = (node: AnyNode) => sourceLine(lines, node.loc!.start.line);
  let depth = 0;
  const replace = (start: number, end: number, text: string) => edits.push({ start, end, text, depth, closing: false });
  const insert = (at: number, text: string) => replace(at, at, text);
  const close = (at: number, text: string) => edits.push({ start: at, end: at, text, depth, closing: true });
  const blank = (start: number, end: number) => replace(start, end, code.slice(start, end).replace(/[^\n]/g, ' '));

  for (const statement of program.body as AnyNode[]) {
    if (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration')
      return {
        ok: false,
        error: { type: 'SyntaxError', message: moduleSyntaxMessage(), line: learnerLine(statement) },
      };
    if (statement.type === 'ExportNamedDeclaration') {
      const declaration = child(statement, 'declaration');
      // `export const x = 1` keeps its declaration; `export { x }` (often just `export {}`) goes.
      if (declaration) blank(statement.start, declaration.start);
      else blank(statement.start, statement.end);
    } else if (statement.type === 'ExportDefaultDeclaration') {
      const declaration = child(statement, 'declaration')!;
      const named = /Declaration$/.test(declaration.type) && child(declaration, 'id');
      replace(statement.start, declaration.start, named ? '' : 'void ');
    }
  }

  /** The nearest enclosing function of a node (null: the program's top level). */
  const enclosing = (ancestors: AnyNode[]) => {
    for (let i = ancestors.length - 2; i >= 0; i--) if (isFunction(ancestors[i]!)) return ancestors[i]!;
    return null;
  };
  /** Whether `__lane` in this position names the right lane: inside a traced function or at the top level. */
  const inTracedScope = (ancestors: AnyNode[]) => {
    const fn = enclosing(ancestors);
    return fn === null || isTraced(fn);
  };

  const rewriteFunction = (fn: AnyNode, ancestors: AnyNode[]) => {
    const parent = ancestors[ancestors.length - 2];
    const isMethod = parent?.type === 'MethodDefinition' || (parent?.type === 'Property' && parent.method === true);
    const id = child(fn, 'id');
    const methodKey = isMethod ? child(parent!, 'key') : null;
    const name =
      (id?.name as string | undefined) ??
      (methodKey?.type === 'Identifier' ? (methodKey.name as string) : null) ??
      variableName(ancestors) ??
      '<anonymous>';
    const meta = functions.push({ name, line: learnerLine(fn) }) - 1;
    // The `async` keyword: on the method (before its key) or on the function itself.
    const from = isMethod ? parent!.start : fn.start;
    const keyword = isMethod
      ? code.slice(from, methodKey!.start).search(/\basync\b/)
      : code.startsWith('async', from)
        ? 0
        : -1;
    if (keyword >= 0) blank(from + keyword, from + keyword + 5);
    const params = fn.params as AnyNode[];
    const body = child(fn, 'body')!;
    const hasParams = params.length > 0;
    const arrow = fn.type === 'ArrowFunctionExpression';
    // The async arrow sits in an object literal under the function's name, so stack frames name it (`at f (…)`).
    const key = JSON.stringify(name);
    const open = `(...__a)${arrow ? '=>' : '{return '}__aw.call(${meta},__a,{${key}:async(__lane${hasParams ? ',' : ''}`;
    // Where the parameter list opens: `(`, or the single bare parameter of `x => …`.
    const searchFrom = arrow ? fn.start : id ? id.end : fn.start;
    const paren = code.indexOf('(', searchFrom);
    const bareParam = arrow && hasParams && (paren < 0 || paren > params[0]!.start);
    if (bareParam) {
      insert(params[0]!.start, open);
      close(params[0]!.end, ')');
    } else replace(paren, paren + 1, open);
    const guard = (inner: string) =>
      `try{${inner}}catch(__e){__aw.fail(__lane,__e);throw __e}finally{__aw.exit(__lane)}`;
    if (body.type === 'BlockStatement') {
      if (!arrow) insert(body.start, '=>');
      insert(body.start + 1, 'try{');
      close(body.end - 1, guard('').slice('try{}'.length - 1));
      close(body.end, arrow ? `}[${key}])` : `}[${key}])}`);
    } else {
      insert(body.start, '{try{return ');
      close(body.end, `${guard('').slice('try{}'.length - 1)}}}[${key}])`);
    }
  };

  ancestor(program, {
    Function(node, _state, ancestors) {
      depth = ancestors.length;
      const fn = loose(node);
      if (isTraced(fn)) rewriteFunction(fn, looseAll(ancestors));
    },
    AwaitExpression(node, _state, ancestors) {
      depth = ancestors.length;
      const expr = loose(node);
      if (!inTracedScope(looseAll(ancestors))) return;
      const line = learnerLine(expr);
      replace(expr.start, expr.start + 5, `__aw.resumed(__lane,await __aw.suspend(__lane,${line},`);
      close(expr.end, '))');
    },
    CatchClause(node, _state, ancestors) {
      depth = ancestors.length;
      if (inTracedScope(looseAll(ancestors))) insert(child(loose(node), 'body')!.start + 1, '__aw.resumed(__lane);');
    },
    TryStatement(node, _state, ancestors) {
      depth = ancestors.length;
      const finalizer = child(loose(node), 'finalizer');
      if (finalizer && inTracedScope(looseAll(ancestors))) insert(finalizer.start + 1, '__aw.resumed(__lane);');
    },
    ForOfStatement(node, _state, ancestors) {
      depth = ancestors.length;
      const loop = loose(node);
      if (loop.await !== true || !inTracedScope(looseAll(ancestors))) return;
      const body = child(loop, 'body')!;
      if (body.type === 'BlockStatement') insert(body.start + 1, '__aw.resumed(__lane);');
    },
  });
  return { ok: true, code: applyEdits(code, edits), functions };
}

/** `const fetchUser = async () => …`: the variable (or property) an anonymous function is assigned to. */
function variableName(ancestors: AnyNode[]): string | null {
  const parent = ancestors[ancestors.length - 2];
  if (!parent) return null;
  if (parent.type === 'VariableDeclarator' && child(parent, 'id')?.type === 'Identifier')
    return child(parent, 'id')!.name as string;
  if (parent.type === 'Property' && child(parent, 'key')?.type === 'Identifier')
    return child(parent, 'key')!.name as string;
  if (parent.type === 'PropertyDefinition' && child(parent, 'key')?.type === 'Identifier')
    return child(parent, 'key')!.name as string;
  if (parent.type === 'AssignmentExpression' && child(parent, 'left')?.type === 'Identifier')
    return child(parent, 'left')!.name as string;
  return null;
}

/**
 * Applies edits (replacements and insertions) by position. At one position: what closes a construct comes before
 * what opens one, closings innermost first, openings outermost first (so `async () => await x` nests properly).
 */
function applyEdits(code: string, edits: Edit[]): string {
  const rank = (edit: Edit) => (edit.closing ? -1e6 - edit.depth : edit.depth);
  const indexed = edits.map((edit, index) => ({ ...edit, index }));
  indexed.sort((a, b) => a.start - b.start || rank(a) - rank(b) || a.index - b.index);
  let out = '';
  let at = 0;
  for (const edit of indexed) {
    if (edit.start < at) continue; // overlapping replacement (cannot happen with the edits above)
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}
