import asyncio

async def fetch_user(uid):
    await asyncio.sleep(0.01)
    return {"id": uid, "name": f"user{uid}", "score": uid * 1.5, "tags": ("a", "b"), "active": uid % 2 == 0}

async def main():
    users = await asyncio.gather(*[fetch_user(i) for i in range(1, 4)])
    for u in users:
        print(f"{u['id']:>3} | {u['name']:<8} | {u['score']:6.2f} | {u['active']!s:>5} | {u}")
    print(users)
    print({u["name"]: u["score"] for u in users})
    print(sorted(users, key=lambda u: -u["score"])[0]["name"])
    print("%s has %d points (%.1f%%)" % ("ann", 42, 99.5))
    print("{} and {name}".format(1, name="two"), "{0:08.3f}".format(3.14159), "{:e}".format(12345.678))
    print(str(users[0]["tags"]), repr("tab\there"), f"{'nested ' + str(len(users))}")
    print(1/3, 2/3, 10/3, 1e100, 1.5e-10, float('inf'), -float('inf'), float('nan'), 123456789.0 * 1000, 0.1 * 3)
    print(divmod(17, 5), divmod(-17, 5), 17 // -5, -17 % 5, abs(-3.5), round(1.2345, 2), round(-0.5), 2 ** -1, 10 ** 20, 3 * 'ab')
    print(True + True, int(True), bool([]), bool("0"), None is None, [] == [], 1 == 1.0, "a" < "b", (1, 2) < (1, 3))
    print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "x"])), any([]), all([]), [x for x in range(10) if x % 3 == 0])
    print(f"{users[0]!r:.20}", f"{3:+d}", f"{-3:+d}", f"{1000000:_}", f"{0.25:.0%}", f"{'left':*<10}|", f"{12:#x} {12:#b} {12:#o}")

asyncio.run(main())
