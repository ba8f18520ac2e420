import enum, functools
class C(enum.Enum):
    A = 1
print(enum.Enum.__repr__(C.A), enum.Enum.__str__(C.A))
for call in (lambda: enum.Enum.__repr__(), lambda: functools.cached_property.__set_name__()):
    try:
        call()
    except TypeError as e:
        print("TypeError", str(e).split("(")[0])
