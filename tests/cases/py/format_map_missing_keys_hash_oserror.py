# str.format / format_map / %-formatting with a missing key raise KeyError of the key itself;
# format_map looks keys up with the mapping's own __getitem__; hash() returns a class's
# __hash__ (-1 becomes -2); OSError's errno, strerror and filenames.
class Upper:
    def __getitem__(self, key):
        if key == "z":
            raise KeyError(key)
        return key.upper()


print("{a}-{b}".format_map(Upper()))
print("{n.real}".format_map({"n": 3}))
for fn in (
    lambda: "{x}".format(),
    lambda: "{a}".format_map({}),
    lambda: "%(k)s" % {},
    lambda: "{z}".format_map(Upper()),
    lambda: "{0}".format_map({}),
    lambda: "{}".format_map({}),
):
    try:
        fn()
    except (KeyError, ValueError) as e:
        print(repr(e), e.args, str(e))


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


# (Values past 2**31 are left out: the oracle's CPython is 32-bit WebAssembly, whose Py_ssize_t
# reduces them differently from the 64-bit CPython the engine follows.)
print(hash(H(42)), hash(H(-1)), hash(H(True)), hash(H(2**20)))
try:
    hash(H("x"))
except TypeError as e:
    print("TypeError:", e)

e = OSError(5, "io")
print(str(e), repr(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
f = FileNotFoundError(2, "No such file", "f.txt")
print(str(f), repr(f), f.args, f.filename)
print(OSError(1, "x", "a", None, "b"), OSError(1, "x", None).args)
print(OSError("just a message"), OSError("m").errno, OSError(1, 2, 3, 4, 5, 6))


class AppError(OSError):
    def __init__(self, message):
        super().__init__(7, message)


g = AppError("boom")
print(g, g.errno, g.strerror, g.args)
g.errno = 9
print(g)
try:
    raise FileNotFoundError(2, "No such file or directory", "x.txt")
except OSError as ex:
    print(type(ex).__name__, ex)
