# An index too large for a C Py_ssize_t: list, tuple and str say it cannot fit before they
# look at the length; a range compares it as an int. (Only indexes past 2**63: pyodide's
# Py_ssize_t is 32 bits, so between 2**31 and 2**63 it answers as a 64-bit CPython does not.)
for seq in ([1, 2], (1, 2), 'ab', range(3)):
    for i in (2**63, 2**64, -2**63 - 1, 10**30):
        try:
            seq[i]
        except IndexError as e:
            print(type(seq).__name__, i, e)
for i in (2**100, -2**100):
    xs = [1]
    try:
        xs[i] = 1
    except IndexError as e:
        print('set', e)
    try:
        del xs[i]
    except IndexError as e:
        print('del', e)
print([1, 2][-2], 'ab'[True])
