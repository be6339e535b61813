import asyncio

open_connections = set()  # hosts we are still connected to


class connect:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        print(f"open {self.host}")
        await asyncio.sleep(0.5)  # the handshake
        open_connections.add(self.host)
        return self.host

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)  # goodbye, even after an error
        open_connections.discard(self.host)
        print(f"close {self.host}")
        return False  # do not swallow the error


async def save(host, record):
    async with connect(host):
        await asyncio.sleep(0.3)  # writing the record
        if not record:
            raise ValueError(f"empty record for {host}")
        print(f"saved {record!r} on {host}")


async def main():
    for host, record in [("alpha", "cats"), ("beta", ""), ("gamma", "dogs")]:
        try:
            await save(host, record)
        except ValueError as error:
            print("save failed:", error)
    print("still open:", sorted(open_connections) or "nothing")


asyncio.run(main())
