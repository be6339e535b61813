# Counting words with a dict.
def count_words(words):
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1])[:3]


words = ["w%d" % (i % 997) for i in range(300_000)]
print(count_words(words))
