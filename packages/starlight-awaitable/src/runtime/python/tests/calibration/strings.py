# String building: join numbers, split them again, upper-case each piece.
def build(n):
    text = ""
    for i in range(n):
        text += str(i) + ","
    parts = []
    for word in text.split(","):
        parts.append(word.upper())
    return len("".join(parts))


print(build(200_000))
