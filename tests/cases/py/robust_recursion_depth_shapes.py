# How deep each shape of plain recursion goes before RecursionError (issue 10): the count
# of Python frames decides, as in CPython, never the interpreter's own host stack. Each line
# prints the deepest level entered, so a host overflow before CPython's depth shows.
reached = [0]


def measure(name, start):
    reached[0] = 0
    try:
        start()
        print(name, "completed", reached[0])
    except RecursionError as e:
        print(name, "RecursionError at", reached[0], e)


def plain(n):
    reached[0] = n
    return 0 if n == 0 else 1 + plain(n + 1)


class Walker:
    def step(self, n):
        reached[0] = n
        return 1 + self.step(n + 1)

    @classmethod
    def climb(cls, n):
        reached[0] = n
        return 1 + cls.climb(n + 1)


def make_closure():
    def inner(n):
        reached[0] = n
        return 1 + inner(n + 1)

    return inner


def mark(n):
    reached[0] = n
    return True


lam = lambda n: mark(n) and lam(n + 1)


def comprehending(n):
    reached[0] = n
    return [comprehending(n + 1) for _ in range(1)]


def keyed(n):
    reached[0] = n
    return sum(keyed(n + 1) for _ in range(1))


measure("plain function", lambda: plain(1))
measure("method", lambda: Walker().step(1))
measure("classmethod", lambda: Walker.climb(1))
measure("closure", lambda: make_closure()(1))
measure("lambda", lambda: lam(1))
measure("list comprehension", lambda: comprehending(1))

