import time
from concurrent.futures import ThreadPoolExecutor

import simweb

INDEX = "https://files.example/photos/index.json"


def download(url):
    response = simweb.get(url)  # blocks only its worker thread
    response.raise_for_status()
    return response.content


def download_all(urls):
    with ThreadPoolExecutor() as pool:
        return list(pool.map(download, urls))


def make_thumbnails(photos):
    return [simweb.thumbnail(photo) for photo in photos]


def main():
    start = time.perf_counter()
    urls = simweb.get(INDEX).json()["photos"]
    photos = download_all(urls)
    downloaded = time.perf_counter()
    thumbnails = make_thumbnails(photos)
    done = time.perf_counter()
    print(f"downloads:  {downloaded - start:4.1f} s")
    print(f"thumbnails: {done - downloaded:4.1f} s")
    print(f"total:      {done - start:4.1f} s for {len(thumbnails)} photos")


main()
