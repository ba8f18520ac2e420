class AppError(Exception):
    pass

class DbError(AppError):
    def __init__(self, table, msg):
        super().__init__(msg)
        self.table = table
    def __str__(self):
        return f"[{self.table}] {self.args[0]}"

def risky(n):
    if n == 0:
        raise DbError('users', 'locked')
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}['missing']
    if n == 4:
        return int('abc')
    if n == 5:
        return None.attr
    if n == 6:
        raise AppError
    if n == 7:
        raise KeyError('a', 'b')
    return undefined_name

for n in range(9):
    try:
        risky(n)
    except AppError as e:
        print('app', type(e).__name__, e, repr(e), e.args)
    except (ZeroDivisionError, LookupError) as e:
        print('lookup/zero', type(e).__name__, e, e.args, isinstance(e, Exception))
    except Exception as e:
        print('other', type(e).__name__, e)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        {}['x']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(e, repr(e.__context__), e.__cause__)

def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())

e = ValueError('a', 2)
print(str(e), repr(e), e.args, str(ValueError()), repr(ValueError()), str(KeyError('k')), str(KeyError()))
print(repr(StopIteration(3)), StopIteration(3).value, str(BaseExceptionGroup('g', [ValueError(1)])))
print(issubclass(KeyError, LookupError), issubclass(TimeoutError, OSError), issubclass(RecursionError, RuntimeError))
try:
    raise 42
except TypeError as e:
    print('TypeError:', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == '')
assert 1 == 1, 'fine'
assert 1 == 2, 'math is broken'
