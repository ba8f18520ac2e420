# collections.OrderedDict: move_to_end, popitem(last=), its repr, an LRU cache built on it.
from collections import OrderedDict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a"); print(od, list(od))
od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, repr(OrderedDict()), type(od).__name__, isinstance(od, dict))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
lru = OrderedDict()
for k in "abcabd":
    if k in lru:
        lru.move_to_end(k)
    lru[k] = ord(k)
    if len(lru) > 3:
        lru.popitem(last=False)
print(lru, OrderedDict([("x", 1)]) == {"x": 1}, dict(od))
