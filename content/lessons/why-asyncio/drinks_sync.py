import time

def make_drink(name):
    print(f"start {name}")
    time.sleep(1)  # the machine works; the barista only waits
    print(f"done {name}")

start = time.perf_counter()
for name in ["latte", "tea", "mocha"]:
    make_drink(name)
print(f"took {time.perf_counter() - start:.1f} s")
