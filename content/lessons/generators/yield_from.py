def read_words():
    words = []
    while True:
        word = yield
        if word is None:
            return words  # becomes the value of `yield from`
        words.append(word)

def collect():
    while True:
        words = yield from read_words()
        print("sentence:", " ".join(words))

c = collect()
next(c)
for item in ["async", "is", "fun", None, "hello", None]:
    c.send(item)
