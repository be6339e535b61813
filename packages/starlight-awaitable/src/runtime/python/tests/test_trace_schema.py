"""The recorder against the trace contract (src/trace/schema.ts, exported to
tests/trace-schema.json by src/trace/schema.test.ts): one Recorder method per kind
whose keyword parameters are exactly the kind's fields, and real runs whose every
event validates against the JSON Schema."""
import inspect
import json
import pathlib
import unittest

from awaitable_runtime import run_program
from awaitable_runtime.trace import Recorder

HERE = pathlib.Path(__file__).resolve().parent
SCHEMA = json.loads((HERE / "trace-schema.json").read_text(encoding="utf-8"))
BASE = {"seq", "t", "kind"}


def _resolve(schema):
    ref = schema.get("$ref")
    if ref is None:
        return schema
    assert ref.startswith("#/$defs/"), ref
    return _resolve(SCHEMA["$defs"][ref[len("#/$defs/"):]])


_TYPES = {
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def errors(value, schema, path="$"):
    """The ways `value` breaks `schema` (the JSON Schema subset zod's export uses)."""
    schema = _resolve(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            matches = [not errors(value, option, path) for option in schema[key]]
            if (sum(matches) != 1) if key == "oneOf" else not any(matches):
                return ["%s: matches %d of the %s options" % (path, sum(matches), key)]
    out = []
    kind = schema.get("type")
    kinds = [kind] if isinstance(kind, str) else kind
    if kinds is not None and not any(_TYPES[k](value) for k in kinds):
        return ["%s: %r is not %s" % (path, value, kind)]
    if "const" in schema and value != schema["const"]:
        out.append("%s: %r is not %r" % (path, value, schema["const"]))
    if "enum" in schema and value not in schema["enum"]:
        out.append("%s: %r is not one of %r" % (path, value, schema["enum"]))
    if "minimum" in schema and value < schema["minimum"]:
        out.append("%s: below the minimum" % path)
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        out.append("%s: not above %r" % (path, schema["exclusiveMinimum"]))
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in value:
                out.append("%s: missing %s" % (path, name))
        for name, item in value.items():
            if name in props:
                out.extend(errors(item, props[name], "%s.%s" % (path, name)))
            elif schema.get("additionalProperties") is False:
                out.append("%s: unexpected field %s" % (path, name))
    if isinstance(value, list):
        prefix = schema.get("prefixItems", [])
        for i, item in enumerate(value):
            sub = prefix[i] if i < len(prefix) else schema.get("items")
            if sub is not None:
                out.extend(errors(item, sub, "%s[%d]" % (path, i)))
        if "minItems" in schema and len(value) < schema["minItems"]:
            out.append("%s: too few items" % path)
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append("%s: too many items" % path)
    return out


def _kinds():
    """The kinds the Python recorder makes: all but those the schema marks as the JavaScript runtime's own."""
    return {option["properties"]["kind"]["const"]: option for option in SCHEMA["items"]["oneOf"]
            if not option.get("description", "").startswith("JavaScript runtime only")}


class RecorderMatchesSchema(unittest.TestCase):
    def test_one_method_per_kind_with_the_kinds_fields(self):
        kinds = _kinds()
        self.assertGreaterEqual(len(kinds), 20)
        for kind, option in kinds.items():
            with self.subTest(kind=kind):
                method = getattr(Recorder, kind, None)
                self.assertTrue(callable(method), "Recorder has no method %s()" % kind)
                params = inspect.signature(method).parameters
                fields = {p.rstrip("_"): p for p in params if p not in ("self", "t_ns")}
                for p in fields.values():
                    self.assertIs(params[p].kind, inspect.Parameter.KEYWORD_ONLY, p)
                self.assertEqual(set(fields), set(option["properties"]) - BASE)
                required = {f for f, p in fields.items() if params[p].default is inspect.Parameter.empty}
                self.assertEqual(required, set(option["required"]) - BASE)

    def test_no_method_for_a_kind_the_schema_lacks(self):
        emitters = {name for name, value in vars(Recorder).items()
                    if callable(value) and not name.startswith(("_", "on_", "after_"))}
        self.assertEqual(emitters - set(_kinds()), set())

    def test_the_validator_rejects_what_the_schema_rejects(self):
        good = {"seq": 1, "t": 0, "kind": "ready", "task": "Task-1"}
        self.assertEqual(errors([good], SCHEMA), [])
        self.assertNotEqual(errors([dict(good, task=None)], SCHEMA), [])
        self.assertNotEqual(errors([dict(good, extra=1)], SCHEMA), [])
        self.assertNotEqual(errors([dict(good, kind="readied")], SCHEMA), [])


# Small programs that between them make every kind of event (the fixtures and the corpus,
# traced by the TypeScript tests, cover far more; these also run under Pyodide).
PROGRAMS = {
    "tasks_timers_threads": """
import asyncio, time, concurrent.futures

def blocking(n):
    time.sleep(0.1)
    total = sum(i * i for i in range(2000))
    if n == 2:
        raise ValueError(n)
    return total

def crunch():
    return sum(i * i for i in range(20000))

async def worker(n, lock):
    async with lock:
        await asyncio.sleep(0.1 * n)
    print("worker", n)

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(worker(n, lock)) for n in range(3)]
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        await loop.run_in_executor(pool, blocking, 1)
    try:
        await asyncio.to_thread(blocking, 2)
    except ValueError:
        pass
    slow = asyncio.create_task(asyncio.sleep(10))
    try:
        await asyncio.wait_for(slow, 0.05)
    except TimeoutError:
        pass
    time.sleep(0.01)
    await asyncio.gather(*tasks)
    # Two CPU-bound threads: one waits for the GIL (job_waited) while the other computes.
    await asyncio.gather(asyncio.to_thread(crunch), asyncio.to_thread(crunch))

asyncio.run(main())
""",
    "deadlock": """
import asyncio

async def main():
    await asyncio.Event().wait()

asyncio.run(main())
""",
    "limit": """
import asyncio

async def main():
    await asyncio.sleep(10**6)

asyncio.run(main())
""",
}


class RunsMatchSchema(unittest.TestCase):
    def test_every_event_of_real_runs_validates(self):
        kinds = set()
        for name, source in PROGRAMS.items():
            for cpu_time in (False, True):
                with self.subTest(program=name, cpu_time=cpu_time):
                    result = run_program(source, trace=True, cpu_time=cpu_time)
                    events = json.loads(json.dumps(result["events"]))
                    self.assertEqual(errors(events, SCHEMA)[:5], [])
                    kinds.update(e["kind"] for e in events)
        self.assertEqual(set(_kinds()) - kinds, set())  # every kind was seen and checked


if __name__ == "__main__":
    unittest.main()
