import time

start = time.perf_counter()
time.sleep(1)  # waiting: the clock moves on
print(f"waiting took {time.perf_counter() - start:.1f} s")

start = time.perf_counter()
total = sum(n * n for n in range(1_000_000))  # computing: a real CPU is busy
print(f"computing took {time.perf_counter() - start:.1f} s")
