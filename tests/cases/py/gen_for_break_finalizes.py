# A generator created by the for statement itself is dropped when the loop ends:
# CPython's reference counting closes it right there, running its finally block.
def resource(name):
    print("open", name)
    try:
        for i in range(10):
            yield i
    finally:
        print("close", name)

for x in resource("temp"):
    if x == 2:
        break
print("after break")

def first_even(name):
    for x in resource(name):
        if x % 2 == 0 and x > 0:
            return x

print("returned", first_even("in function"))

try:
    for x in resource("error"):
        if x == 1:
            raise ValueError("stop here")
except ValueError as e:
    print("caught", e)

kept = resource("kept")
for x in kept:
    if x == 1:
        break
print("still open, resumes at", next(kept))
kept.close()
print("end")
