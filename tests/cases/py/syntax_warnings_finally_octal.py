print("\777" == "\u01ff", "ok\q")
def f():
    try:
        return 1
    finally:
        return 2
print(f())
x = 3
print(x is 3.0, "a" is not x)
