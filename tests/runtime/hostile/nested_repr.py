# A structure nested so deeply that printing it recurses in C, below Python's
# recursion limit: the wasm stack overflows and the worker is replaced.
nested = []
for _ in range(1_000_000):
    nested = [nested]
print(nested)
