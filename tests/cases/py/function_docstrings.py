# Function docstrings (__doc__): the first statement when a string literal, indentation
# stripped as CPython 3.13+ compiles it; f-strings and later strings are not docstrings.
def a():
    "one line"
def b():
    """
    Multi
      indented
    end
    """
def c():
    """First line.

        Second para indented more.
    Back.
      """
def d():
    x = 1
    "not a doc"
class K:
    def m(self):
        '''  leading spaces kept?'''
def e(): f"no {1}"
lam = lambda: 0
for f in (a, b, c, d, K.m, e, lam):
    print(repr(f.__doc__))
