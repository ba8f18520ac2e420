# json.dumps with an indent that is not a small int (a fuzzed indent=-1 was an internal error:
# issue 10): none at or below zero, a bool as an int, a float refused as `' ' * indent` refuses it.
import json


def t(f):
    try:
        r = f()
        print(repr(r)[:60], len(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: json.dumps({'a': [1]}, indent=-1))
t(lambda: json.dumps({'a': [1]}, indent=0))
t(lambda: json.dumps({'a': [1]}, indent=True))
t(lambda: json.dumps({'a': [1]}, indent=1.5))
t(lambda: json.dumps({'a': [1]}, indent=[1]))
t(lambda: json.dumps({'a': [1]}, indent=10**5))
t(lambda: json.dumps({'a': [1]}, indent='\t'))
t(lambda: json.dumps({'a': [1]}, indent=-(2**31)))
t(lambda: json.dumps([], indent=4))
a = []
for i in range(300):
    a = [a]
