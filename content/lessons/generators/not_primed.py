def running_total():
    total = 0
    while True:
        amount = yield total
        total += amount

tally = running_total()
print(tally.send(5))  # forgot to prime it first
