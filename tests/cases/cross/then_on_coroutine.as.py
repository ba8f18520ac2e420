async def getUser(id):
    console.log(f"fetching {id}")
    return {"id": id}
console.log("before")
getUser(1).then(lambda u: console.log(f"got {u['id']}"))
console.log("after")
