/**
 * Code analysis for misconception messages, run in the runtime's Python right after the program (as one more
 * grading check, so it costs no extra run): it parses the learner's source with `ast` and reports the classic
 * asyncio mistakes it can see, each with its line. The findings are facts about the code; misconceptions.ts decides
 * from the run which of them explain a failure, and words them.
 *
 * The check returns its findings as its "failure message" (a JSON text after a marker), which readAnalysis parses
 * with a strict schema: nothing the learner's program does can turn it into a passed exercise check.
 */
import * as z from 'zod/mini';
import type { CheckResult } from '../runtime/protocol.ts';

/** Starts the analysis check's answer (exported for tests that build answers). */
export const ANALYSIS_MARKER = 'awaitable-analysis:';
const MARKER = ANALYSIS_MARKER;

const line = z.int().check(z.positive());

export const findingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('missing-await'),
    line,
    /** What is called without await, as written after resolving imports: "asyncio.gather", "download". */
    call: z.string(),
    /** What happens to its result: unpacked into names, dropped, stored and never awaited, iterated, other. */
    use: z.enum(['unpacked', 'dropped', 'unused', 'iterated', 'other']),
    /** When it was stored first (`results = gather(...)`): the line that then unpacked or iterated it. */
    resultLine: z.optional(line),
  }),
  z.strictObject({
    kind: z.literal('task-not-kept'),
    line,
    call: z.string(),
    /** dropped: the task object is thrown away; unused: stored in a name never awaited or handed on. */
    use: z.enum(['dropped', 'unused']),
  }),
  z.strictObject({ kind: z.literal('time-sleep-in-async'), line, function: z.string() }),
  z.strictObject({
    kind: z.literal('lock-per-call'),
    line,
    /** "asyncio.Lock", "asyncio.Semaphore" … */
    primitive: z.string(),
    function: z.string(),
  }),
  z.strictObject({
    kind: z.literal('sequential-awaits'),
    line,
    endLine: line,
    /** The awaited calls, in order, e.g. ["download", "download"]. */
    calls: z.array(z.string()).check(z.minLength(2)),
  }),
  z.strictObject({ kind: z.literal('await-in-loop'), line, call: z.string() }),
  z.strictObject({
    kind: z.literal('timeout-caught-inside'),
    line,
    /** The `async with asyncio.timeout(...)` line. */
    timeoutLine: line,
    /** The exception the handler names ("TimeoutError", "Exception" …). */
    catches: z.string(),
  }),
]);

export type Finding = z.output<typeof findingSchema>;

const analysisSchema = z.strictObject({ parsed: z.boolean(), findings: z.array(findingSchema) });
export type Analysis = z.output<typeof analysisSchema>;

/** The analysis a check answer carries, or null (no answer, a stopped run, or anything malformed). */
export function readAnalysis(answer: CheckResult | undefined): Analysis | null {
  if (!answer || answer.passed || !answer.message?.startsWith(MARKER)) return null;
  try {
    const parsed = analysisSchema.safeParse(JSON.parse(answer.message.slice(MARKER.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The check's Python source with the learner's program embedded (JSON string syntax is valid Python here). */
export function analysisCheck(source: string): string {
  return `SOURCE = ${JSON.stringify(source)}\nMARKER = ${JSON.stringify(MARKER)}\n${ANALYSER}`;
}

/**
 * Rules (each kept narrow so it never blames correct code; misconceptions.ts only shows a finding when the run
 * failed in the way the finding explains):
 * - missing-await: asyncio.gather/wait_for/wait/sleep/shield/to_thread, or an async def of this file (not an async
 *   generator), called with
 *   no await and not passed on (as an argument, in a list …), when its result is unpacked, dropped, iterated or
 *   stored in a name that function never awaits or hands on (printing it does not count).
 * - task-not-kept: asyncio.create_task/ensure_future (or loop.create_task; not a TaskGroup's) whose task is
 *   dropped, or stored in a name never awaited or handed on.
 * - time-sleep-in-async: time.sleep called directly inside an async def.
 * - lock-per-call: asyncio.Lock/Semaphore/BoundedSemaphore/Condition created inside a function and used by
 *   `async with` in that same function, unless that function is the one given to asyncio.run.
 * - sequential-awaits: two or more statements in a row that each await a call of an async def of this file (or
 *   asyncio.to_thread, or a task created on the spot); await-in-loop: a for loop whose body awaits one.
 * - timeout-caught-inside: a try inside `async with asyncio.timeout(...)` whose handler names TimeoutError,
 *   CancelledError, Exception or BaseException (or is bare).
 */
const ANALYSER = String.raw`
import ast
import json

AWAITABLE_APIS = {"asyncio.gather", "asyncio.wait_for", "asyncio.wait", "asyncio.sleep", "asyncio.shield",
                  "asyncio.to_thread"}
TASK_APIS = {"asyncio.create_task", "asyncio.ensure_future"}
PRIMITIVES = {"asyncio.Lock", "asyncio.Semaphore", "asyncio.BoundedSemaphore", "asyncio.Condition"}
TIMEOUTS = {"asyncio.timeout", "asyncio.timeout_at"}
CATCHES = {"TimeoutError", "asyncio.TimeoutError", "CancelledError", "asyncio.CancelledError",
           "asyncio.exceptions.CancelledError", "asyncio.exceptions.TimeoutError", "Exception", "BaseException"}
CONTAINERS = (ast.List, ast.Tuple, ast.Set, ast.Dict, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp,
              ast.Starred, ast.keyword, ast.comprehension, ast.IfExp, ast.BoolOp)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
# Methods that keep what they are given (a task put in a set, a coroutine handed to a loop …).
KEEPERS = {"append", "add", "extend", "insert", "put", "put_nowait", "create_task", "run_until_complete",
           "run_coroutine_threadsafe", "ensure_future", "gather", "wait", "wait_for", "shield", "setdefault"}


def check(stdout, trace, globals):
    try:
        tree = ast.parse(SOURCE)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return MARKER + json.dumps({"parsed": False, "findings": []})
    try:
        findings = Analyser(tree).run()
    except RecursionError:
        findings = []
    return MARKER + json.dumps({"parsed": True, "findings": findings})


class Analyser:
    def __init__(self, tree):
        self.tree = tree
        self.parent = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parent[child] = node
        self.aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    if a.asname:
                        self.aliases[a.asname] = a.name
                    else:
                        root = a.name.split(".")[0]
                        self.aliases[root] = root
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for a in node.names:
                    if a.name != "*":
                        self.aliases[a.asname or a.name] = node.module + "." + a.name
        # Async generators (an async def that yields) are iterated with async for, never awaited: not included.
        self.coroutine_functions = {n.name for n in ast.walk(tree)
                                    if isinstance(n, ast.AsyncFunctionDef) and not self.yields(n)}
        self.task_groups = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.AsyncWith):
                for item in node.items:
                    if (isinstance(item.context_expr, ast.Call) and self.name(item.context_expr.func) ==
                            "asyncio.TaskGroup" and isinstance(item.optional_vars, ast.Name)):
                        self.task_groups.add(item.optional_vars.id)
        self.entry = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and self.name(node.func) == "asyncio.run" and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name):
                    self.entry.add(arg.func.id)
        self.findings = []

    @staticmethod
    def yields(function):
        stack = list(ast.iter_child_nodes(function))
        while stack:
            node = stack.pop()
            if isinstance(node, (ast.Yield, ast.YieldFrom)):
                return True
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                stack.extend(ast.iter_child_nodes(node))
        return False

    def name(self, node):
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if not isinstance(node, ast.Name):
            return None
        parts.append(self.aliases.get(node.id, node.id))
        return ".".join(reversed(parts))

    def function_of(self, node):
        node = self.parent.get(node)
        while node is not None and not isinstance(node, FUNCTIONS):
            node = self.parent.get(node)
        return node

    def is_coroutine_call(self, call):
        name = self.name(call.func)
        if name in AWAITABLE_APIS:
            return name
        if isinstance(call.func, ast.Name) and call.func.id in self.coroutine_functions:
            return call.func.id
        return None

    def is_task_call(self, call):
        name = self.name(call.func)
        if name in TASK_APIS:
            return name
        if (isinstance(call.func, ast.Attribute) and call.func.attr == "create_task" and
                not (isinstance(call.func.value, ast.Name) and call.func.value.id in self.task_groups)):
            return "create_task"
        return None

    def kept_later(self, name, assign):
        """Whether a stored coroutine/task is later awaited or handed on (to asyncio, a collection, a return, an
        attribute such as task.cancel()): a read that only prints or compares it does not count."""
        scope = self.function_of(assign) or self.tree
        for node in ast.walk(scope):
            if not (isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)):
                continue
            parent = self.parent.get(node)
            if isinstance(parent, (ast.Await, ast.Return, ast.Attribute, ast.withitem, ast.Yield)) or isinstance(
                    parent, CONTAINERS):
                return True
            if isinstance(parent, ast.Call) and node is not parent.func:
                callee = self.name(parent.func) or ""
                attr = parent.func.attr if isinstance(parent.func, ast.Attribute) else ""
                if callee.startswith("asyncio.") or attr in KEEPERS or callee in self.coroutine_functions:
                    return True
        return False

    def used_as_result(self, name, assign):
        """The first later read that treats a stored coroutine/future as if it were its result — unpacks it
        (*results), iterates it (for r in results) or indexes it (results[0]) — as (use, line), else None."""
        scope = self.function_of(assign) or self.tree
        for node in sorted(ast.walk(scope), key=lambda n: (getattr(n, "lineno", 0), getattr(n, "col_offset", 0))):
            if not (isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)):
                continue
            parent = self.parent.get(node)
            if isinstance(parent, ast.Starred):
                return "unpacked", node.lineno
            if isinstance(parent, ast.Subscript) and parent.value is node:
                return "unpacked", node.lineno
            if isinstance(parent, (ast.For, ast.comprehension)) and parent.iter is node:
                return "iterated", node.lineno
        return None

    def use_of(self, call):
        """How the value of a call is used: None when it is awaited or passed on."""
        parent = self.parent.get(call)
        if isinstance(parent, ast.Await):
            return None
        if isinstance(parent, ast.Call) or isinstance(parent, CONTAINERS):
            return None
        if isinstance(parent, ast.Expr):
            return "dropped"
        if isinstance(parent, (ast.Assign, ast.AnnAssign)) and parent.value is call:
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            if any(isinstance(t, (ast.Tuple, ast.List)) for t in targets):
                return "unpacked"
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            for n in names:
                misused = self.used_as_result(n, parent)
                if misused:
                    return misused
            if names and not any(self.kept_later(n, parent) for n in names):
                return "unused"
            return None
        if isinstance(parent, ast.For) and parent.iter is call:
            return "iterated"
        if isinstance(parent, ast.AsyncFor):
            return None  # async for over a coroutine is a TypeError the outcome explains; await is not the fix
        if isinstance(parent, (ast.Return, ast.NamedExpr, ast.withitem, ast.Yield, ast.YieldFrom, ast.Lambda)):
            return None
        return "other"

    def add(self, **finding):
        self.findings.append(finding)

    def run(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                self.call(node)
            elif isinstance(node, ast.AsyncWith):
                self.timeout_block(node)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.For, ast.AsyncFor, ast.While,
                                 ast.If, ast.With, ast.AsyncWith, ast.Try, getattr(ast, "TryStar", ast.Try))):
                for body in ("body", "orelse", "finalbody"):
                    self.sequence(getattr(node, body, None) or [])
            if isinstance(node, ast.For):
                self.loop(node)
        self.findings.sort(key=lambda f: (f["line"], f["kind"]))
        return self.findings

    def call(self, call):
        coroutine = self.is_coroutine_call(call)
        if coroutine:
            use = self.use_of(call)
            if isinstance(use, tuple):
                self.add(kind="missing-await", line=call.lineno, call=coroutine, use=use[0], resultLine=use[1])
            elif use:
                self.add(kind="missing-await", line=call.lineno, call=coroutine, use=use)
        task = self.is_task_call(call)
        if task:
            use = self.use_of(call)
            use = use[0] if isinstance(use, tuple) else use
            if use in ("dropped", "unused"):
                self.add(kind="task-not-kept", line=call.lineno, call=task, use=use)
        name = self.name(call.func)
        if name == "time.sleep" and isinstance(self.function_of(call), ast.AsyncFunctionDef):
            self.add(kind="time-sleep-in-async", line=call.lineno, function=self.function_of(call).name)
        if name in PRIMITIVES:
            self.primitive(call, name)

    def primitive(self, call, name):
        function = self.function_of(call)
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) or function.name in self.entry:
            return
        parent = self.parent.get(call)
        used_here = isinstance(parent, ast.withitem) and isinstance(self.parent.get(parent), ast.AsyncWith)
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and isinstance(parent.targets[0], ast.Name):
            var = parent.targets[0].id
            for node in ast.walk(function):
                if isinstance(node, ast.AsyncWith) and any(
                        isinstance(i.context_expr, ast.Name) and i.context_expr.id == var for i in node.items):
                    used_here = True
        if used_here:
            self.add(kind="lock-per-call", line=call.lineno, primitive=name, function=function.name)

    def awaited_call(self, statement):
        """The coroutine a simple statement awaits (also inside an expression: results.append(await f()))."""
        if not isinstance(statement, (ast.Expr, ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Return)):
            return None
        for node in ast.walk(statement):
            if isinstance(node, ast.Await) and isinstance(node.value, ast.Call):
                name = self.awaited_name(node.value)
                if name:
                    return name
        return None

    def awaited_name(self, call):
        if isinstance(call.func, ast.Name) and call.func.id in self.coroutine_functions:
            return call.func.id
        name = self.name(call.func)
        if name == "asyncio.to_thread":
            return name
        if self.is_task_call(call) and call.args and isinstance(call.args[0], ast.Call):
            inner = call.args[0].func
            return inner.id if isinstance(inner, ast.Name) else "a task"
        return None

    def sequence(self, statements):
        run = []
        for statement in list(statements) + [None]:
            called = self.awaited_call(statement) if statement is not None else None
            if called:
                run.append((statement, called))
                continue
            if len(run) >= 2:
                self.add(kind="sequential-awaits", line=run[0][0].lineno, endLine=run[-1][0].end_lineno or
                         run[-1][0].lineno, calls=[c for _, c in run])
            run = []

    def loop(self, node):
        for statement in node.body:
            called = self.awaited_call(statement)
            if called:
                self.add(kind="await-in-loop", line=statement.lineno, call=called)
                return

    def timeout_block(self, node):
        if not any(isinstance(i.context_expr, ast.Call) and self.name(i.context_expr.func) in TIMEOUTS
                   for i in node.items):
            return
        stack = list(node.body)
        while stack:
            inner = stack.pop()
            if isinstance(inner, FUNCTIONS):
                continue
            if isinstance(inner, ast.Try):
                for handler in inner.handlers:
                    caught = self.handler_names(handler)
                    hit = next((c for c in caught if c in CATCHES), None)
                    if hit:
                        self.add(kind="timeout-caught-inside", line=inner.lineno, timeoutLine=node.lineno,
                                 catches=hit.split(".")[-1])
                        return
            stack.extend(ast.iter_child_nodes(inner))

    def handler_names(self, handler):
        if handler.type is None:
            return ["BaseException"]
        types = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        return [self.name(t) or "" for t in types]
`;
