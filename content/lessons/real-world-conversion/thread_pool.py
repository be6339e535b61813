import time
from concurrent.futures import ThreadPoolExecutor

import simweb


def download(url):
    response = simweb.get(url)  # the same blocking call as before
    response.raise_for_status()
    return response.content


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=4) as pool:
    photos = list(pool.map(download, simweb.PHOTO_URLS))
print(f"{len(photos)} photos in {time.perf_counter() - start:.1f} s")
print(f"at most {simweb.stats()['peak_concurrent']} downloads at once")
