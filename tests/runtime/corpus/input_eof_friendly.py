# input() with no input available raises EOFError; catching it lets the
# program fall back to a default instead of crashing.
try:
    name = input()
except EOFError:
    name = "stranger"
    print("(no input given, using a default name)")
print(f"Hello, {name}!")
