# shims/js.py's Error under the Python models: the twin writes ${e} as f"{e}" and String(e) as
# str(e), which CPython prints as the bare message.
async def work():
    raise Error("disk full")
try:
    await work()
except Exception as e:
    console.log(f"caught {e}")
    console.log("plain", e)
    console.log(str(e))
