// A Python snippet under js names shims/asyncio.js's Exception: its twin's catch (e) catches the
// ValueError and KeyError the shim's classes raise, as CPython's except Exception does.
// import asyncio

async function risky(n) {
    await asyncio.sleep(0.01);
    if (n == 1) {
        throw new ValueError("one is bad");
    }
    if (n == 2) {
        throw new KeyError("two");
    }
    return n;
}

async function main() {
    for (let n = 0; n < 3; n++) {
        try {
            print("got", await risky(n));
        } catch (e) {
            print("failed", n);
        }
    }
    print("done");
}

asyncio.run(main());
