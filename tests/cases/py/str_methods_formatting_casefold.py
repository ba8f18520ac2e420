# str methods and formatting: split/partition/casefold (full case folding: ß is ss), zfill, translate, format specs, % formatting, float reprs.
s = "Hello, World! hello again"
print(s.split(maxsplit=1), s.rsplit(" ", 1), s.partition(","), s.rpartition("l"), s.title(), s.capitalize(), s.swapcase(), "ß".casefold())
print("a\tb\tc".expandtabs(4), "-42".zfill(6), "+7".zfill(4), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "abc".translate(str.maketrans("ab", "xy", "c")))
print("{:+08.3f}|{:^10}|{:<6}|{:>6}|{:=+8}|{:x}|{:#o}|{:e}|{:g}|{:%}".format(3.14159, "mid", "l", "r", 42, 255, 8, 12345.678, 0.0000123, 0.5))
print("%-8s|%08.3f|%+d|%x|%X|%o|%e|%c|%%|%r" % ("ab", -3.5, 5, 255, 255, 8, 1e10, 65, "q"))
print("{0}{1}{0}".format("a", "b"), "{name:>{width}}".format(name="x", width=4), "{!r:^9}".format("hi"), "{:,.2f}".format(1234567.891))
print(f"{'abc':.2}", f"{12345:>10,}", f"{0.1:.20f}", f"{1/3:.15g}", f"{2**64:e}", f"{-0.0:+}", f"{float('nan'):f}", f"{True:d}")
print(str(1e-4), str(1e-5), repr(0.1 + 0.2), 1.0, 1e300 * 1e10, -1e300 * 1e10, 2.5e-324 if False else 5e-324, 123456789.123456789)
print(" x ".strip(), "xxhixx".strip("x"), "a,b".split(","), ",".join(["1", "2"]), "abc"[::2], "abc" * 2, "b" in "abc", "abc".find("z"), "abc".index("c"))
print(sorted("hello"), "".join(reversed("abc")), "Hello".startswith(("He", "x")), "file.tar.gz".endswith(".gz"), "a b  c".split(" "), "  ".isspace(), "".isspace())
print(ord("€"), chr(8364), "é".upper(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "straße".upper(), ascii("é"), repr("tab\there"), "multi\nline".splitlines())
for w in ["ß", "Straße", "ﬁsh", "ΣΑΣ", "ς", "İstanbul", "ǅ", "ŉ", "ΐ", "Ω", "K", "µ", "ſ"]:
    print(w, w.casefold(), w.casefold() == w.lower())
print("STRASSE".casefold() == "straße".casefold())
