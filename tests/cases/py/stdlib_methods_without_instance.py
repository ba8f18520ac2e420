# Methods reached through their class with no instance, or with the wrong operands: each is the
# runtime's TypeError, never the engine reading a missing receiver (found by calling every method
# of every class of the supported modules, issue 10).
import asyncio, collections, dataclasses, time

def show(call):
    try:
        print(call())
    except (TypeError, AttributeError, KeyError) as e:
        print(type(e).__name__, str(e).split(" (")[0])

show(lambda: time.struct_time.__repr__())
show(lambda: time.struct_time.__repr__(time.gmtime(0)))
show(lambda: dataclasses.Field.__repr__())
c = collections.Counter("abca")
show(lambda: c.__iand__())
show(lambda: c.__add__(1, 2))
show(lambda: c.__pos__(1))
show(lambda: c.__add__(other=collections.Counter("a")))
for other in (1, {}, {"a": 5}, collections.Counter({"b": 1})):
    d = collections.Counter("abca")
    show(lambda: d.__iand__(other))
show(lambda: asyncio.Handle())
show(lambda: asyncio.TimerHandle(1.0))
# The C types' messages name their tp_name.
show(lambda: asyncio.Future.done(1))
show(lambda: asyncio.Task.get_name(3))
show(lambda: collections.deque.append(1, 2))
show(lambda: collections.deque.__len__())
show(lambda: collections.OrderedDict.move_to_end(1, 2))
