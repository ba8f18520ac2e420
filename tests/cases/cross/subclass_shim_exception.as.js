// class RetryError(Exception) under js names shims/asyncio.js's Exception, a JS class: the twin's
// class RetryError extends Exception runs, and its except clauses catch it.
// import asyncio

class RetryError extends Exception {
}

async function attempt(n) {
    await asyncio.sleep(0.01);
    if (n < 2) {
        throw new RetryError(`attempt ${n} failed`);
    }
    return "success";
}

async function main() {
    for (let n = 0; n < 3; n++) {
        try {
            print(await attempt(n));
        } catch (e) {
            print("retry:", e.message);
        }
    }
}

asyncio.run(main());
