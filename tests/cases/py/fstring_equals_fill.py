x = "done"
n = 42
w = 12
print(f"{x:=^20}", f"{n:=10}", f"{n:=+8}", f"{x!r:=<9}|", f"{x:{'='}^{w}}", f"{(y := 5)}", y, f"{x=}", f"{n = :>5}")
print(f'{x:=>10}', f"""{n:=^9}""", rf"{x:=<8}\n", f"{'a:=b'}", f"{ {'k': 1}['k'] :=^5}")
print("plain :=^ string", '{x:=^5}'.format(x=1), "%s" % "f{x:=}")
# comment with f"{x:=^3}" inside
print(f"{x:>{w}}", f"{n:0=8}", f"{-n:=8}")
