# Lib/functools.py partialmethod.__init__ accepts a callable or a descriptor only.
import functools
for f in (1, "x", None, print, staticmethod(len), property(len)):
    try:
        p = functools.partialmethod(f, 1)
        print("ok", type(p).__name__)
    except TypeError as e:
        print(e)
