def countdown(n):
    print("countdown starts")
    while n > 0:
        yield n
        n -= 1
    print("countdown ends")

for number in countdown(3):
    print(number)
