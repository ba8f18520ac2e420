import asyncio

async def check(status, code):
    if status is "ok":
        print("identity with a str literal")
    if code is not 200:
        print("is not with int literal")
    if code is None or status is True:
        print("fine")
    path = "C:\data\new_folder"
    pattern = "\d+\.\d+"
    print(len(path), pattern, f"\w{code}")
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                continue
    return code

print(asyncio.run(check("ok", 404)))
