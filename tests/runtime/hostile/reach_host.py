import builtins
import importlib
import sys

attempts = {
    "js.fetch": lambda: __import__("js").fetch("https://example.com"),
    "js.postMessage": lambda: importlib.import_module("js").postMessage("hi"),
    "pyodide.code.run_js": lambda: importlib.import_module("pyodide.code").run_js("1"),
    "pyodide_js": lambda: builtins.__import__("pyodide_js"),
    "_pyodide_core": lambda: __import__("_pyodide_core"),
    "pyodide.ffi": lambda: __import__("pyodide.ffi"),
    "sys.modules[js]": lambda: sys.modules["js"],
    "sys.modules[pyodide]": lambda: sys.modules["pyodide"],
    "importlib.util.find_spec": lambda: importlib.util.find_spec("js"),
    "exec import": lambda: exec("import js"),
}
for name, attempt in attempts.items():
    try:
        attempt()
        print(name, "REACHED THE HOST")
    except (ImportError, KeyError) as exc:
        print(name, "blocked:", type(exc).__name__)
print(sorted(m for m in sys.modules if m.split(".")[0] in ("js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core")))
import js
