# random's real-valued distributions (gauss, normalvariate, lognormvariate, expovariate,
# triangular), bit-exact for a seed as Lib/random.py computes them; seed() drops gauss's spare.
import random
random.seed(42)
print([random.gauss(0, 1) for _ in range(5)])
print([random.normalvariate(10, 2) for _ in range(3)], random.normalvariate())
print([random.expovariate(1.5) for _ in range(3)], random.expovariate())
print([random.triangular(1, 10, 3) for _ in range(3)], random.triangular(), random.triangular(2, 2))
print(random.lognormvariate(0, 0.5), random.gauss(mu=5, sigma=0.1))
random.seed(1)
a = random.gauss()
random.seed(1)
print(a == random.gauss(), random.random())
try:
    random.lognormvariate()
except TypeError as e:
    print(e)
