# A naive 3x3 box blur over an image stored as nested lists.
def blur(image):
    height, width = len(image), len(image[0])
    out = [[0] * width for _ in range(height)]
    for y in range(1, height - 1):
        for x in range(1, width - 1):
            total = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    total += image[y + dy][x + dx]
            out[y][x] = total // 9
    return out


image = [[(x * 7 + y * 13) % 256 for x in range(300)] for y in range(300)]
print(sum(map(sum, blur(image))))
