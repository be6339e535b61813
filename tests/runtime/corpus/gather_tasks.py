# gather() over tasks that were already created: they started running
# as soon as main yielded, before gather was even called.
import asyncio


async def count_words(text, delay):
    print(f"counting: {text!r}")
    await asyncio.sleep(delay)
    return len(text.split())


async def main():
    t1 = asyncio.create_task(count_words("one two three", 0.6))
    t2 = asyncio.create_task(count_words("four five", 0.3))
    print("tasks created")
    await asyncio.sleep(0.1)
    print("main woke up, now gathering")
    counts = await asyncio.gather(t1, t2)
    print(counts, sum(counts))


asyncio.run(main())
