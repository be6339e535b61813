# In debug mode the loop warns (on stderr) about any step that holds it
# for longer than 0.1 s, which is how blocking calls are found.
import asyncio
import time


async def main():
    print("about to block")
    time.sleep(1)
    print("blocked for a second")


asyncio.run(main(), debug=True)
