# A generator pipeline: each stage pulls lazily from the previous one.
def read_lines():
    for line in ["10 apples", "# comment", "3 pears", "", "7 plums", "12 figs"]:
        print("read", repr(line))
        yield line

def non_empty(lines):
    for line in lines:
        if line and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        n, name = line.split()
        yield name, int(n)

def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, total

pipeline = running_total(parse(non_empty(read_lines())))
print(next(pipeline))
print("--- paused between items")
for name, total in pipeline:
    print(name, total)
    if total > 20:
        break
print("rest:", list(pipeline))

squares = (x * x for x in range(10))
evens = (s for s in squares if s % 2 == 0)
print(next(evens), next(evens))
print(sum(evens))
print(list(evens))

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(zip(countdown(3), "abc")), dict(enumerate(countdown(2))))
print(sorted(countdown(4)), max(countdown(5)), 2 in countdown(3), tuple(countdown(2)))
a, b, *rest = countdown(5)
print(a, b, rest)
print(*countdown(3), sep="-")
print(any(print("checked", x) or x > 1 for x in countdown(4)))
print(next(countdown(0), "empty"), next(iter(countdown(1))))
