# random.getrandbits(k) takes k as a C uint64_t (CPython 3.14): 2**64 and beyond is
# OverflowError, a negative k ValueError ("Cannot convert negative int"), and a k whose int cannot be allocated MemoryError;
# a large k is built in time linear in k (fuzz seed 29001 input 354670: getrandbits(2**64)
# never returned).
import random

random.seed(3)
for k in (2**64, 2**70, -1, 2**40, 2**63):
    try:
        print(k, random.getrandbits(k))
    except (OverflowError, ValueError, MemoryError) as e:
        print(k, type(e).__name__, e)
x = random.getrandbits(100000)
print(x.bit_length(), x % 1000003, random.getrandbits(65) % 1000, random.getrandbits(33), random.getrandbits(0))
