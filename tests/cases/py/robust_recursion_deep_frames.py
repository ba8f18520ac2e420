# Recursion close to CPython's limit in the shapes a program frame can take (issue 10): past
# a few hundred levels the engine keeps program frames on the heap (src/engine/interp/
# trampoline.ts), so these shapes reach the depth CPython reaches whatever the host's stack,
# and RecursionError comes from the frame count. (Recursion through a builtin that calls back,
# `sorted(key=...)`, is left out: pyodide's own WebAssembly stack gives out first there.)


def total(n, *, step=1, acc=0):
    return acc if n == 0 else total(n - step, step=step, acc=acc + n)


print("keywords", total(900))


def gather(n, *rest):
    return len(rest) if n == 0 else gather(n - 1, *rest, n)


print("star args", gather(800))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print("mutual", is_even(901), is_odd(901))


class Base:
    def walk(self, n):
        return 0 if n == 0 else 1 + self.walk(n - 1)


class Derived(Base):
    def walk(self, n):
        return super().walk(n)


print("super", Derived().walk(450))

unwound = [0]


def dig(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return dig(n - 1)
    finally:
        unwound[0] += 1


try:
    dig(900)
except ValueError as e:
    print("caught", e, "after", unwound[0], "finally blocks")


def partial(n):
    if n == 0:
        raise KeyError("deep")
    if n == 400:
        try:
            return partial(n - 1)
        except KeyError as e:
            return f"caught {e} at {n}"
    return partial(n - 1)


print(partial(900))


def nested(n):
    return [n] if n == 0 else [n] + nested(n - 1)


print("list", len(nested(900)), sum(nested(900)))


reached = [0]


def endless(n):
    reached[0] = n
    return endless(n + 1)


for round_ in (1, 2):
    try:
        endless(1)
    except RecursionError as e:
        print("round", round_, type(e).__name__, e, reached[0] > 900)
print("after", total(10))
