import statistics


def averager():
    numbers = []
    number = yield
    while True:
        numbers.append(number)
        number = yield statistics.mean(numbers)


avg = averager()
next(avg)  # prime it: run up to the first yield
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
