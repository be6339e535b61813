"""Records how long each calibration program takes on native CPython (best of 5).

Usage: python3 measure_native.py > native-times.json   (the CPU-time test and
`npm run bench:runtime` compare the runtime's virtual times with these)."""
import json
import os
import platform
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
times = {}
for name in sorted(f for f in os.listdir(here) if f.endswith(".py") and f != "measure_native.py"):
    code = compile(open(os.path.join(here, name)).read(), name, "exec")
    best = float("inf")
    for _ in range(5):
        with open(os.devnull, "w") as sink:
            saved, sys.stdout = sys.stdout, sink
            start = time.perf_counter()
            exec(code, {"__name__": "__main__"})
            best = min(best, time.perf_counter() - start)
            sys.stdout = saved
    times[name[:-3]] = round(best, 4)
json.dump({"python": platform.python_version(), "machine": platform.machine(),
           "seconds": times}, sys.stdout, indent=2)
print()
