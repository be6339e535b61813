# Pure-Python loop: sum of squares.
def sum_of_squares(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


print(sum_of_squares(1_000_000))
