# dict(seq) and d.update(seq): an element that cannot be iterated is reworded ("object is
# not iterable") only when getting its iterator failed with TypeError; what an element's own
# __iter__ raises otherwise propagates.
class Bad:
    def __iter__(self):
        raise KeyError('k')


class Three:
    def __iter__(self):
        return iter([1, 2, 3])


for src in ([1], [(1, 2), 3], [Three()], [Bad()], ['ab', 'cd'], [(1, 2), None]):
    try:
        print(dict(src))
    except Exception as e:
        print(type(e).__name__, e)

d = {'z': 0}
try:
    d.update([('a', 1), 7])
except TypeError as e:
    print('update:', e, d)
dict([('x', 1), Bad()])
