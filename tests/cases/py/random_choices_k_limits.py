# random.choices(k=...) counts its k as itertools.repeat does: past a C ssize_t it is
# OverflowError (the engine used to try to build the list), and a negative k picks nothing.
import random

random.seed(1)
for k in (2**64, -3, 0, 3):
    for weights in (None, [1, 9]):
        try:
            print(k, weights, random.choices("ab", weights=weights, k=k))
        except OverflowError as e:
            print(k, weights, "OverflowError:", e)
