def averager():
    total = 0
    count = 0
    number = yield  # priming stops here
    while True:
        total += number
        count += 1
        number = yield total / count


avg = averager()
next(avg)  # prime it: run up to the first yield
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
