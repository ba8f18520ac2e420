# JS null and undefined are Python's None under the Python models: awaiting them fails as
# CPython fails on `await None`.
async def main():
    try:
        await None
    except Exception as e:
        print('null:', e)
    try:
        await None
    except Exception as e:
        print('undefined:', e)
    print('done')
await main()
