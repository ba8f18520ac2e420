import asyncio
import json

async def fake_api(user_id):
    await asyncio.sleep(0.01)
    return json.dumps({"id": user_id, "name": f"user{user_id}", "tags": ["a", "b"], "active": True, "score": 9.5, "manager": None})

async def main():
    raw = await fake_api(7)
    print(raw)
    data = json.loads(raw)
    print(data, data["tags"][1], type(data["score"]).__name__)
    print(json.dumps(data, indent=2))
    print(json.dumps([1, "two", {"three": 3.0}], separators=(",", ":")), json.dumps("é"), json.dumps("é", ensure_ascii=False))
    print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps((1, 2)), json.dumps({1: "int key"}))
    try:
        json.loads("{bad json}")
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
    try:
        json.dumps({"s": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
