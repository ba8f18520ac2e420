# A task reads its own name before its first suspension. Under an eager task factory that is
# inside create_task: CPython 3.14 passes name= to the factory, so the eager start already
# sees "named"; CPython 3.12 and 3.13 set the name after the factory returned and printed the
# default name there (found probing the asyncio docs' examples, session 38). Default names are
# shown as "Task-N": the oracle's interpreter numbers tasks across all the programs it runs.
import asyncio


def shown(task):
    name = task.get_name()
    return "Task-N" if name.startswith("Task-") else name


async def whoami(tag):
    print(tag, "starts as", shown(asyncio.current_task()))
    await asyncio.sleep(0)
    print(tag, "resumes as", shown(asyncio.current_task()))


async def main():
    print("main is", shown(asyncio.current_task()))
    a = asyncio.create_task(whoami("a"), name="named")
    b = asyncio.create_task(whoami("b"))
    print("created", shown(a), shown(b))
    b.set_name("renamed")
    await asyncio.gather(a, b)


asyncio.run(main())
