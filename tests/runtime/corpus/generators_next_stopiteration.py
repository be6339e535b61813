# A generator function returns a generator object that runs only when
# next() is called, pausing at each yield; at the end it raises StopIteration.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")


gen = countdown(2)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration")
print(list(countdown(3)))
