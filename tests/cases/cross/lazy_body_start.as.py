async def inner(name):
    console.log(f"{name} inner")
async def work(name):
    console.log(f"{name} starts")
    await inner(name)
    console.log(f"{name} ends")
a = work("a")
console.log("after calling a")
queueMicrotask(lambda: console.log("microtask"))
setTimeout(lambda: console.log("timer 5"), 5)
await a
console.log("done")
