import time

start = time.perf_counter()
time.sleep(1)  # waiting: the CPU has nothing to do
print(f"waiting took {time.perf_counter() - start:.1f} s")

start = time.perf_counter()
total = 0
for n in range(2_000_000):  # computing: the CPU is busy the whole time
    total += n % 7
print(f"computing took {time.perf_counter() - start:.1f} s")
