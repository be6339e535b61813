# An Event lets several tasks wait until one task says "go".
import asyncio


async def runner(name, start_signal):
    print(f"{name} is ready")
    await start_signal.wait()
    print(f"{name} runs")


async def main():
    start_signal = asyncio.Event()
    runners = [asyncio.create_task(runner(n, start_signal)) for n in ("r1", "r2", "r3")]
    await asyncio.sleep(0.5)
    print("is set?", start_signal.is_set())
    print("GO!")
    start_signal.set()
    await asyncio.gather(*runners)
    print("is set?", start_signal.is_set())


asyncio.run(main())
