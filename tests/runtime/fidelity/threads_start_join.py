# Plain threading: three threads started together sleep for different times;
# join() waits for each, and a Lock keeps the shared counter consistent.
import threading
import time

counter = 0
lock = threading.Lock()
start = time.perf_counter()


def work(name, seconds):
    global counter
    time.sleep(seconds)
    for _ in range(1000):
        with lock:
            counter += 1
    print(f"{time.perf_counter() - start:.1f} {name} done")


threads = [threading.Thread(target=work, args=(f"t{i}", s), name=f"t{i}") for i, s in enumerate((0.6, 0.2, 0.4))]
for thread in threads:
    thread.start()
print("started:", [t.name for t in threads])
for thread in threads:
    thread.join()
print(f"{time.perf_counter() - start:.1f} joined; counter = {counter}")
