# contextvars (PEP 567): ContextVar get/set/reset and their errors, Token (a context manager
# since 3.14), Context as a mapping, Context.run and re-entry.
import contextvars, asyncio
v = contextvars.ContextVar("v")
w = contextvars.ContextVar("w", default=5)
print(repr(v).split(" at ")[0], repr(w).split(" at ")[0], v.name, w.name)
try:
    v.get()
except LookupError as e:
    print("LookupError", type(e).__name__, str(e).split(" at ")[0])
print(v.get("dflt"), w.get(), w.get(7))
t = v.set(1)
print(repr(t).split(" at ")[0], t.var is v, t.old_value is contextvars.Token.MISSING, repr(t.old_value))
t2 = v.set(2)
print(t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" at ")[0], "|", str(e).split(">")[-1])
try:
    w.reset(t)
except ValueError as e:
    print("ValueError", str(e).split(">")[-1])
ctx = contextvars.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, ctx[v], ctx.get(w), ctx.get(w, 9), list(ctx.keys()) == [v], list(ctx.values()), [ (k.name, x) for k, x in ctx.items()])
def f(a, b=0):
    v.set(a + b)
    print("in run", v.get())
    return "ret"
print(ctx.run(f, 10, b=1), v.get(), ctx[v])
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError", str(e).split(" at ")[0])
try:
    1 in ctx
except TypeError as e:
    print("TypeError", e)
try:
    ctx[w]
except KeyError as e:
    print("KeyError", str(e).split(" at ")[0])
try:
    contextvars.ContextVar()
except TypeError as e:
    print("TypeError", e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError", e)
try:
    class X(contextvars.ContextVar): pass
except TypeError as e:
    print("TypeError", e)
with v.set(99) as tok:
    print("with", v.get(), tok.var is v)
print("after with", v.get())
c2 = contextvars.Context()
print(len(c2), c2.run(lambda: v.get("none")))
t3 = c2.run(v.set, 5)
try:
    v.reset(t3)
except ValueError as e:
    print("ValueError", str(e).split(">")[-1])
print(ctx == ctx.copy(), ctx is ctx.copy(), hash(v) == hash(v))
try:
    t.var = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    v.name = "x"
except AttributeError as e:
    print("AttributeError", e)
print(type(contextvars.Token.MISSING).__name__)
try:
    contextvars.Token()
except TypeError as e:
    print("TypeError", e)
try:
    v.set()
except TypeError as e:
    print("TypeError", e)
try:
    v.reset(1)
except TypeError as e:
    print("TypeError", e)
try:
    ctx.run()
except TypeError as e:
    print("TypeError", e)
