def running_total():
    total = 0
    while True:
        amount = yield total  # hand out total, then wait for a value
        total += amount

tally = running_total()
print("primed:", next(tally))  # run up to the first yield
print("after 5:", tally.send(5))
print("after 10:", tally.send(10))
print("after 2:", tally.send(2))
