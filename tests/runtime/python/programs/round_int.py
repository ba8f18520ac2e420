# round(int, ndigits) with ndigits below zero: half to even at 10**-ndigits (an int too
# small for it rounds to 0 without 10**-ndigits being made: tests/engine/int-round.test.ts).
for n, d in [(10**30, -31), (10**30, -30), (5 * 10**29, -30), (15 * 10**29, -30), (-5 * 10**29, -30), (-15 * 10**29, -30), (2**100, -31), (2**100, -30), (1250, -2), (1350, -2), (-1250, -2), (0, -5), (True, -1), (7, -1), (2**64, -20), (2**64, -19), (99, -2), (49, -2), (50, -2), (150, -2)]:
    print(n, d, round(n, d))
