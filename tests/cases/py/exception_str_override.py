import asyncio
class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}"
async def main():
    try:
        raise HttpError(404, "/x")
    except HttpError as e:
        print(e, repr(e), e.args, e.status)
    raise HttpError(500, "/y")
asyncio.run(main())
