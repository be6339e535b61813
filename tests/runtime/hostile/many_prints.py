for i in range(2_000_000):
    print(i)
