# Bubble sort.
def bubble(values):
    values = list(values)
    n = len(values)
    for i in range(n):
        for j in range(n - 1 - i):
            if values[j] > values[j + 1]:
                values[j], values[j + 1] = values[j + 1], values[j]
    return values


print(bubble([(i * 7919) % 1000 for i in range(800)])[:5])
