import asyncio


async def back_up(name, seconds):
    await asyncio.sleep(seconds)  # copy it to the backup server
    if name.endswith(".tmp"):
        raise PermissionError(f"{name} is locked by another program")
    return name


async def main():
    files = {"report.pdf": 1.0, "cache.tmp": 0.5, "photo.jpg": 1.5, "session.tmp": 0.8, "notes.txt": 2.0}
    tasks = {name: asyncio.create_task(back_up(name, seconds)) for name, seconds in files.items()}
    await asyncio.wait(tasks.values())
    failed = {name: task.exception() for name, task in tasks.items() if task.exception()}
    for name, error in failed.items():
        print(f"failed: {name}: {error}")
    print(f"backed up {len(files) - len(failed)} of {len(files)} files")


asyncio.run(main())
