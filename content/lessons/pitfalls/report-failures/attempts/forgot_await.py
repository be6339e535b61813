import asyncio


async def back_up(name, seconds):
    await asyncio.sleep(seconds)  # copy it to the backup server
    if name.endswith(".tmp"):
        raise PermissionError(f"{name} is locked by another program")
    return name


async def main():
    files = {"report.pdf": 1.0, "cache.tmp": 0.5, "photo.jpg": 1.5, "session.tmp": 0.8, "notes.txt": 2.0}
    jobs = [back_up(name, seconds) for name, seconds in files.items()]
    results = asyncio.gather(*jobs, return_exceptions=True)
    done = 0
    for name, result in zip(files, results):
        if isinstance(result, Exception):
            print(f"failed: {name}: {result}")
        else:
            done += 1
    print(f"backed up {done} of {len(files)} files")


asyncio.run(main())
