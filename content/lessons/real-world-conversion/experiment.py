import time
from concurrent.futures import ThreadPoolExecutor

import simweb

urls = ["https://files.example/photos/photo-01.jpg", "https://files.example/photos/photo-02.jpg"]


def download(url):
    return simweb.get(url).content


def in_turn(work, items):
    return [work(item) for item in items]


def in_threads(work, items):
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(work, items))


def measure(label, run, work, items):
    start = time.perf_counter()
    results = run(work, items)
    print(f"{label:<25}{time.perf_counter() - start:.1f} s")
    return results


photos = measure("2 downloads in turn:", in_turn, download, urls)
measure("2 downloads in threads:", in_threads, download, urls)
measure("2 thumbnails in turn:", in_turn, simweb.thumbnail, photos)
measure("2 thumbnails in threads:", in_threads, simweb.thumbnail, photos)
