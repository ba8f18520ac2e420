# A built-in method bound to a str or an int shows its object's address like one bound to a
# list: under this engine a str is a primitive with no identity, and a fuzzed
# `print(s.lower)` was an internal error (issue 10). Addresses differ from run to run, so
# each repr is printed up to " at 0x".
def shown(method):
    text = repr(method)
    return text[: text.index(" at 0x")], text.endswith(">")


s = "abc"
for m in (s.lower, "".join, [].append, {}.get, (7).bit_length):
    print(*shown(m))
print(id(s) == id(s), str(s.lower).startswith("<built-in"))
