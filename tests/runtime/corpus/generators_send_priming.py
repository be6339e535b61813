# "yield" is also an expression: send(value) resumes the generator and
# makes the paused yield evaluate to value. A new generator must first be
# primed with next() (or send(None)) to reach its first yield.
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
try:
    avg.send(10)
except TypeError as e:
    print("TypeError:", e)
print("primed:", next(avg))
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
