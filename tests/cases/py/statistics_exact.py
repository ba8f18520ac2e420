# statistics on ints, floats and bools: exact sums rounded once, ints kept when whole, a
# correctly rounded stdev; the messages of StatisticsError (a ValueError).
import statistics as st
from statistics import mean, median, stdev, StatisticsError
timings = [0.101, 0.203, 0.152, 0.3, 0.125]
print(mean(timings), st.fmean(timings), median(timings), stdev(timings), st.pstdev(timings), st.variance(timings), st.pvariance(timings))
print(mean([1, 2, 3]), mean([1, 2, 3, 4]), mean([True, False, True]), mean([1, 2.5]), mean(range(10)), mean(x * 0.1 for x in range(7)))
print(median([1, 3, 2, 4]), median([1, 3]), median([5, 1, 3]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), median([1.5, 2.5]))
print(st.variance([1, 2, 3, 4]), st.variance([1, 2, 3]), st.variance([2, 4, 4, 4, 5, 5, 7, 9]), st.pvariance([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance([0.1, 0.2, 0.3]), st.stdev([1e10, 1e10 + 1, 1e10 + 2]), st.stdev([1, 1, 1]), st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3], mu=2), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode(['red', 'blue', 'blue', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.mode([1.0, 1, True, 2]))
print(st.fmean([1, 2, 3]), st.fmean(iter([0.1] * 10)), mean([float('inf'), 1]), mean([1, float('nan')]))
for f, arg in ((mean, []), (median, []), (stdev, [1]), (st.variance, []), (st.pvariance, []), (st.mode, []), (st.fmean, [])):
    try:
        f(arg)
    except StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    mean(['a'])
except TypeError as e:
    print(e)
print(st.StatisticsError.__module__, st.StatisticsError.__mro__[1])
print(st.mean([-1, -2, -4]), st.mean([10**30, 1]), st.variance([10**20, 10**20 + 2]), st.stdev([10**20, 10**20 + 2]), st.pstdev([-3, 3]))
print(st.median(['b', 'a', 'c']), st.median(x for x in (3, 1, 2)), st.median_low(['x', 'y']), st.mode('hello'), st.mean([5e-324, 5e-324]), st.stdev([5e-324, 0.0]))
print(st.variance([0.1, 0.2], xbar=0.15), st.stdev([1, 2], 1.5), st.pvariance([1.5, 2.5], 2), st.mean([1.1, 2.2, 3.3]), st.fmean([1.1, 2.2, 3.3]))
print(st.variance([2.5, 3.25, 5.5, 11.25, 11.75]), st.pstdev([0.1, 0.2, 0.3, 0.4]), st.stdev(range(100)), st.mean([1e308, 1e308]))
for bad in ([[1], [2]], [1, 'x']):
    try:
        print(st.mode(bad))
    except TypeError as e:
        print('TypeError', e)
