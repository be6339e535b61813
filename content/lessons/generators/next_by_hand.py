def countdown(n):
    print("countdown starts")
    while n > 0:
        yield n
        n -= 1
    print("countdown ends")

gen = countdown(2)
print("made", type(gen).__name__)
print("next gives", next(gen))
print("next gives", next(gen))
try:
    next(gen)
except StopIteration:
    print("StopIteration: nothing left")
