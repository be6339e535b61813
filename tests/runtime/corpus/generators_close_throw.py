# close() raises GeneratorExit inside the generator at its paused yield;
# throw() raises any exception there, and the generator may handle it.
def worker():
    try:
        while True:
            try:
                job = yield
                print("working on", job)
            except ValueError as e:
                print("skipping bad job:", e)
    except GeneratorExit:
        print("worker shutting down")
        raise


w = worker()
next(w)
w.send("report")
w.throw(ValueError("empty job"))
w.send("invoice")
w.close()
print("closed; further send raises:", end=" ")
try:
    w.send("late")
except StopIteration:
    print("StopIteration")
