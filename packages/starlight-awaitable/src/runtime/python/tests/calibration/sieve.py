# Sieve of Eratosthenes.
def primes(n):
    flags = [True] * (n + 1)
    found = []
    for i in range(2, n + 1):
        if flags[i]:
            found.append(i)
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return found


print(len(primes(500_000)))
