# `x in obj` iterates obj when it has no __contains__: only a TypeError from getting the
# iterator becomes "argument of type ... is not a container or iterable"; any other
# exception __iter__ raises is the answer.
class Boom:
    def __iter__(self):
        raise ValueError('boom')


class InnerTypeError:
    def __iter__(self):
        raise TypeError('inner')


class NotAnIterator:
    def __iter__(self):
        return 5


class Lookup:
    def __iter__(self):
        return iter({}['missing'])


for obj in (Boom(), InnerTypeError(), NotAnIterator(), Lookup(), 3, None):
    try:
        print(1 in obj)
    except Exception as e:
        print(type(e).__name__, e)

print(2 in [1, 2], 'a' in 'cat', 3 in {3: 'x'})
1 in Boom()
