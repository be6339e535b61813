# datetime.now() follows the clock too: subtracting two datetimes gives
# a timedelta that matches the time spent sleeping.
import asyncio
from datetime import datetime, timedelta


async def main():
    before = datetime.now()
    await asyncio.sleep(1.5)
    after = datetime.now()
    waited = after - before
    print(type(waited).__name__)
    print(f"waited {waited.total_seconds():.1f} s")
    print("more than a second:", waited > timedelta(seconds=1))
    deadline = before + timedelta(seconds=2)
    print("before the deadline:", after < deadline)


asyncio.run(main())
