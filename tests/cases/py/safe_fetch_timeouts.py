import asyncio

results = {}

async def fetch(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return len(url)

async def safe_fetch(url, delay):
    try:
        results[url] = await asyncio.wait_for(fetch(url, delay), timeout=0.03)
    except asyncio.TimeoutError:
        results[url] = "timeout"
    except ConnectionError as e:
        results[url] = f"error: {e}"

async def main():
    urls = {"http://a.com": 0.01, "http://bad.com": 0.01, "http://slow.com": 0.1}
    await asyncio.gather(*(safe_fetch(u, d) for u, d in urls.items()))
    for url, r in results.items():
        print(f"{url:<16} -> {r}")
    print(results)

asyncio.run(main())
