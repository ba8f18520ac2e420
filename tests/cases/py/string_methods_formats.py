s = "  Hello, World! Hello!  "
tests = [
    lambda: s.strip().split("!"), lambda: s.rsplit(" ", 2), lambda: s.lstrip(" H"), lambda: s.rstrip("! "),
    lambda: "a-b-c".split("-", 1), lambda: "a,b".partition(";"), lambda: "x.y.z".rpartition("."),
    lambda: "hello world".title(), lambda: "HeLLo".swapcase(), lambda: "hello".capitalize(), lambda: "ß".upper(),
    lambda: "abc".ljust(6, "*") + "|", lambda: "abc".rjust(6) + "|", lambda: "42".zfill(5), lambda: "-42".zfill(5),
    lambda: "tab\tsep".expandtabs(4), lambda: "a\nb\r\nc".splitlines(), lambda: "a\nb\n".splitlines(True),
    lambda: "hello".find("l"), lambda: "hello".rfind("l"), lambda: "hello".index("z"), lambda: "hello".count("l", 3),
    lambda: "abc".startswith(("x", "a")), lambda: "abc".endswith("bc", 0, 2), lambda: "ab12".isalnum(), lambda: " ".isspace(),
    lambda: "Title Case".istitle(), lambda: "12".isdecimal(), lambda: "x".isidentifier(), lambda: "abc".removeprefix("a"),
    lambda: "abc".removesuffix("bc"), lambda: "{:,}".format(1234567.891), lambda: "{:>10.2%}".format(0.1234),
    lambda: "{0:{1}}".format(3.14159, ".3"), lambda: "{!r:^12}".format("hi"), lambda: "%5.1f|%-5d|%s" % (2.25, 7, None),
    lambda: "%(a)s-%(b)03d" % {"a": "x", "b": 5}, lambda: f"{12345.6789:,.2f}", lambda: f"{0.000123:.2e}", lambda: f"{1e21}",
    lambda: f"{255:08b}", lambda: f"{-5:+04d}", lambda: f"{'x':>{3}}", lambda: f"{3.0:g} {1e-5:g} {123456789.0:g}",
    lambda: "".join(map(chr, range(65, 70))), lambda: "abc" * 2 + "d", lambda: "b" in "abc", lambda: "abc"[-1:-4:-1],
    lambda: "  ".join(["a", "b"]).center(10, "."), lambda: "x=%r" % ("q",),
    lambda: "{}".format({"k": [1, 2]}), lambda: format(3.5, "08.3f"), lambda: format(10, "x"), lambda: format("s", "^5"),
    lambda: "%c%c" % (72, "i"), lambda: "%.3s" % "abcdef", lambda: "%x %X %o %e %E %g" % (255, 255, 8, 12345.678, 0.00012, 1e-10),
    lambda: str.maketrans("ab", "xy") and "aabb".translate(str.maketrans("ab", "xy")), lambda: "%s" % [1, 2], lambda: "%d%%" % 50,
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
print("hello".translate({ord("l"): None, ord("o"): "0"}), "abc".translate(str.maketrans("abc", "xyz", "b")), "a-b".translate(str.maketrans({"-": "+"})))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
