import json
cases = ['', ' ', '[1, 2', '{"a": 1,}', '[1,]', '{"a" 1}', '{"a": 1 "b": 2}', '"abc', '"bad \\q escape"', '[1] x', 'nul', '{"a": [1, {"b": null}]}',
         '12345678901234567890', '-0.5e3', '1E2', '"\\u00e9\\n"', '[true, false, null]', '{"dup": 1, "dup": 2}', 'NaN', '-Infinity', '  {"x":\n  [1,\n  2}', '01']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError:', e, e.pos, e.lineno, e.colno)
print(json.dumps({"a": [], "b": {}, "c": [1, [2, []]]}, indent=4))
print(json.dumps({"nested": {"x": 1}}, indent="\t"))
print(json.dumps([1.0, 2.5, 1e20, 1e-7, float("nan"), float("inf"), 10**20, -0.0]))
print(json.dumps({True: 1, None: 2, 1.5: 3, 2: 4}))
print(json.dumps("tab\there \"quoted\" \\ / \u2603 \U0001F600"))
print(json.dumps({"k": object()}, default=lambda o: "custom"))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
print(json.loads(json.dumps({"round": [1, 2.5, "trip", None]})))
