chunks = []
while True:
    chunks.append(bytearray(100_000_000))
