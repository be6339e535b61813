def averager():
    numbers = []
    average = None
    while True:
        number = yield average
        numbers.append(number)
        average = sum(numbers) / len(numbers)


avg = averager()
next(avg)  # prime it: run up to the first yield
print(avg.send(10))
print(avg.send(20))
print(avg.send(60))
