# The CPython oracle harness, run inside Pyodide (CPython 3.14 in WebAssembly).
# It reproduces what tests/conformance/README.md ("How the Python outputs were produced")
# says the conformance oracle did: a virtual-time BaseEventLoop whose selector never
# blocks (the clock jumps to the next timer and moves 1 ns per read), repl/script run
# modes, and stderr diagnostics captured as one-line warnings.
# Beyond the conformance oracle, the `time` module's clocks and `datetime` run on the same
# virtual clock as the engine's (src/engine/models/python/time-clocks.ts): see _VirtualTime.
import asyncio, asyncio.events as _ev, asyncio.base_events as _be
import ast, gc, inspect, io, re, sys, time, types, warnings
import _pydatetime

_ADDR = re.compile(r' at 0x[0-9a-fA-F]+')


class _Idle(Exception):
    """The loop has nothing ready and no timer: it would wait forever."""


class _Clock:
    ns = 0


CLOCK = _Clock()
STATE = {"eager": False, "warnings": [], "loops": []}


class _VirtualTime:
    """The `time` module on the virtual clock, as the engine has it: a clock read moves the
    clock 1 us (so a busy-wait ends), `sleep` moves it by the sleep at once (the whole program
    blocks), wall time starts at the virtual epoch 2024-01-01T00:00:00Z in a UTC zone, and
    `datetime` is the pure-Python implementation, whose `now()` reads `time.time()`."""
    EPOCH = 1704067200
    READ_NS = 1000
    NAMES = ('time', 'time_ns', 'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns',
             'sleep', 'gmtime', 'localtime', 'strftime', 'ctime', 'asctime')

    def __init__(self):
        self.real = {n: getattr(time, n) for n in self.NAMES}
        dt = types.ModuleType('datetime')
        for k, v in vars(_pydatetime).items():
            if not k.startswith('__'):
                setattr(dt, k, v)
                if isinstance(v, type) and v.__module__ == '_pydatetime':
                    v.__module__ = 'datetime'
        dt.__all__ = _pydatetime.__all__
        self.datetime = dt

    def _read(self):
        CLOCK.ns += self.READ_NS
        return CLOCK.ns

    def install(self):
        real = self.real
        gm = real['gmtime']
        read = self._read
        now = lambda: self.EPOCH + read() / 1e9

        def sleep(secs):
            if not isinstance(secs, (int, float)) or secs != secs or secs < 0:
                real['sleep'](secs)  # raises CPython's own error
            CLOCK.ns += round(secs * 1e9)

        def localtime(secs=None):
            return gm(now() if secs is None else secs)

        def gmtime(secs=None):
            return gm(now() if secs is None else secs)

        fns = dict(
            time=now, time_ns=lambda: self.EPOCH * 10**9 + read(),
            monotonic=lambda: read() / 1e9, monotonic_ns=read,
            perf_counter=lambda: read() / 1e9, perf_counter_ns=read,
            sleep=sleep, gmtime=gmtime, localtime=localtime,
            strftime=lambda fmt, t=None: real['strftime'](fmt, localtime() if t is None else t),
            ctime=lambda secs=None: real['asctime'](localtime(secs)),
            asctime=lambda t=None: real['asctime'](localtime() if t is None else t),
        )
        for k, v in fns.items():
            setattr(time, k, v)
        self.saved_datetime = sys.modules.get('datetime')
        sys.modules['datetime'] = self.datetime

    def uninstall(self):
        for k, v in self.real.items():
            setattr(time, k, v)
        if self.saved_datetime is not None:
            sys.modules['datetime'] = self.saved_datetime


VIRTUAL_TIME = _VirtualTime()


def _fmt_exc(e):
    s = str(e)
    name = type(e).__name__
    return _ADDR.sub(' at 0x...', f"{name}: {s}" if s else name)


def _qualname(task_or_coro):
    coro = task_or_coro.get_coro() if hasattr(task_or_coro, 'get_coro') else task_or_coro
    return getattr(coro, '__qualname__', None) or repr(coro)


def _warn(text):
    STATE["warnings"].append(_ADDR.sub(' at 0x...', text))


def _exception_handler(loop, ctx):
    msg = ctx.get('message', '')
    exc = ctx.get('exception')
    fut = ctx.get('future') or ctx.get('task')
    if msg.startswith('Task exception was never retrieved'):
        _warn(f"Task exception was never retrieved ({_qualname(fut)}): {_fmt_exc(exc)}")
    elif msg.startswith('Future exception was never retrieved'):
        _warn(f"Future exception was never retrieved: {_fmt_exc(exc)}")
    elif msg.startswith('Task was destroyed but it is pending'):
        _warn(f"Task was destroyed but it is pending! ({_qualname(ctx.get('task'))})")
    elif msg.startswith('Exception in callback'):
        _warn(f"Exception in callback: {_fmt_exc(exc)}")
    else:
        _warn(f"{msg}: {_fmt_exc(exc)}" if exc is not None else msg)


class _Selector:
    def select(self, timeout):
        if timeout is None:
            raise _Idle()
        if timeout > 0:
            CLOCK.ns += round(timeout * 1e9)
        return []

    def close(self):
        pass


class VirtualLoop(_be.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self._selector = _Selector()
        self._clock_resolution = 1e-9
        self.set_exception_handler(_exception_handler)
        if STATE["eager"]:
            self.set_task_factory(asyncio.eager_task_factory)
        STATE["loops"].append(self)

    def time(self):
        CLOCK.ns += 1
        return CLOCK.ns / 1e9

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class _Policy(_ev._BaseDefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning)):
        return
    _warn(f"{category.__name__}: {message}")


def _unraisable(u):
    if u.exc_value is not None:
        _warn(f"Exception ignored: {_fmt_exc(u.exc_value)}")


class _Stream(io.StringIO):
    """A captured stream that also writes into a log shared with the other stream."""

    def __init__(self, both):
        super().__init__()
        self._both = both

    def write(self, s):
        self._both.write(s)
        return super().write(s)


def _reset_logging():
    """The programs share one interpreter: each starts with logging as a new process has it
    (no handler, the root logger at WARNING, every other at NOTSET), not as the last one left it."""
    logging = sys.modules.get('logging')
    if logging is None:
        return
    # The loggers stay (asyncio keeps its own); their handlers and levels go.
    loggers = [logging.root] + [l for l in logging.Logger.manager.loggerDict.values() if isinstance(l, logging.Logger)]
    for logger in loggers:
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.setLevel(logging.NOTSET)
        logger.propagate = True
        logger.disabled = False
    logging.root.setLevel(logging.WARNING)
    logging.disable(logging.NOTSET)


def run_program(source, eager, prelude=None):
    """Run one program; return a dict in the conformance expectation shape."""
    CLOCK.ns = 0
    STATE.update(eager=eager, warnings=[], loops=[])
    # stdout, and what the program writes to stderr (logging, print(file=sys.stderr)), each
    # also into `both` in the order written, as a terminal shows the two; the loop's and the
    # interpreter's own diagnostics reach _warn through the handlers set here instead.
    both = io.StringIO()
    out, err = _Stream(both), _Stream(both)
    _reset_logging()
    old_stdout, old_stderr, old_showwarning, old_hook = sys.stdout, sys.stderr, warnings.showwarning, sys.unraisablehook
    sys.stdout, sys.stderr = out, err
    warnings.showwarning = _showwarning
    sys.unraisablehook = _unraisable
    warnings.simplefilter('always')
    VIRTUAL_TIME.install()
    _ev._set_running_loop(None)
    _ev._set_event_loop_policy(_Policy())
    lines = lambda: out.getvalue().count('\n')
    result = {"error": None, "error_at": None}

    def record_error(e):
        if result["error"] is None:
            result["error"] = _ADDR.sub(' at 0x...', _fmt_exc(e))
            result["error_at"] = lines()

    ns = {"__name__": "__main__"}
    try:
        code = compile(source, '<program>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        is_coro = bool(code.co_flags & inspect.CO_COROUTINE)
        mode = 'repl' if (is_coro or prelude is not None) else 'script'
        result["mode"] = mode
        if mode == 'script':
            try:
                exec(code, ns)
            except _Idle:
                result["error"] = 'Hang: the program waits forever'
                result["error_at"] = lines()
            except BaseException as e:
                record_error(e)
        else:
            loop = VirtualLoop()
            asyncio.set_event_loop(loop)
            if prelude is not None:
                exec(compile(prelude, '<prelude>', 'exec'), ns)
            main = None
            if is_coro:
                async def _main_code():
                    try:
                        await eval(code, ns)
                    except BaseException as e:
                        record_error(e)
                main = loop.create_task(_main_code())
                main._log_destroy_pending = False
            else:
                def _run_sync():
                    try:
                        exec(code, ns)
                    except BaseException as e:
                        record_error(e)
                loop.call_soon(_run_sync)
            try:
                loop.run_forever()
            except _Idle:
                pass
            if main is not None and not main.done():
                _warn('main code never finished (waits forever)')
            asyncio.set_event_loop(None)
            main = None
    finally:
        if STATE.get("on_end"):
            STATE["on_end"]()
        ns.clear()
        ns = None
        for _ in range(3):
            gc.collect()
        for loop in STATE["loops"]:
            if not loop.is_closed():
                _ev._set_running_loop(None)
                loop.close()
        STATE["loops"] = []
        gc.collect()
        VIRTUAL_TIME.uninstall()
        sys.stdout, sys.stderr, warnings.showwarning, sys.unraisablehook = old_stdout, old_stderr, old_showwarning, old_hook
    stdout = out.getvalue().split('\n')
    if stdout and stdout[-1] == '':
        stdout.pop()
    stderr, combined = err.getvalue().split('\n'), both.getvalue().split('\n')
    for lines in (stderr, combined):
        if lines and lines[-1] == '':
            lines.pop()
    return {
        "stdout": stdout,
        "error": result["error"],
        "error_at": result["error_at"],
        "warnings": STATE["warnings"],
        "stderr": stderr,
        "combined": combined,
        "virtual_time": round(CLOCK.ns / 1e6) / 1e3,
        "mode": result.get("mode", 'script'),
    }


def compile_error(source):
    """Compile the program as CPython compiles a file (bytes: a BOM and CRLF are decoded as
    when it reads one); return its SyntaxError (class, message, line, 1-based offset) or None."""
    try:
        compile(source.encode('utf-8'), '<program>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except SyntaxError as e:
        return {"type": type(e).__name__, "msg": e.msg, "line": e.lineno, "offset": e.offset}
    except (MemoryError, RecursionError) as e:
        # Source too deeply nested for the parser or the compiler.
        return {"type": type(e).__name__, "msg": str(e), "line": 0, "offset": 0}
    return None
