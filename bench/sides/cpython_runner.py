# The CPython side of `npm run bench` (bench/sides/cpython.ts). Started once per interpreter
# and kept alive (warm: the same process runs a program again and again) or started for one
# request and ended (cold). `asyncio` is imported here, before any interval is timed, so a
# measurement covers the program alone.
#
# Each request is one JSON line on stdin: {"src", "loop": "real" | "virtual", "eager"};
# each answer one JSON line on stdout: {"ms", "cpu", "stdout"} (wall and CPU milliseconds) or {"error"}.
#   real:    asyncio.run's own loop (the selector loop: one epoll_wait per loop turn).
#   virtual: a BaseEventLoop whose selector never blocks and whose clock jumps to the next
#            timer, the loop the Python oracle uses (tests/oracle/pyodide_harness.py), so a
#            loop turn costs what asyncio's own Python code costs and no system call.
#   eager:   every new loop gets asyncio.eager_task_factory (3.12+; the python-eager model).
import asyncio, asyncio.base_events as _base, io, json, sys, time


class _NeverBlocks:
    """A selector with no file descriptors: select() returns at once, moving the virtual clock
    to the deadline the loop asked to wait for."""

    def __init__(self, loop):
        self.loop = loop

    def select(self, timeout):
        if timeout is None:
            raise RuntimeError('the program waits forever')
        self.loop.now += timeout
        return []

    def close(self):
        pass


class VirtualLoop(_base.BaseEventLoop):
    def __init__(self):
        super().__init__()
        self.now = 0.0
        self._selector = _NeverBlocks(self)

    def time(self):
        return self.now

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


# The policy base class; 3.14 (pyodide) renamed it private and deprecated the public policy API.
_BasePolicy = getattr(asyncio.events, '_BaseDefaultEventLoopPolicy', None) or asyncio.events.BaseDefaultEventLoopPolicy


def _policy(loop_kind, eager):
    class Policy(_BasePolicy):
        def new_event_loop(self):
            loop = VirtualLoop() if loop_kind == 'virtual' else asyncio.SelectorEventLoop()
            if eager:
                loop.set_task_factory(asyncio.eager_task_factory)
            return loop

    return Policy()


_set_policy = getattr(asyncio.events, '_set_event_loop_policy', asyncio.set_event_loop_policy)


def _process_time():
    try:
        return time.process_time()
    except RuntimeError:
        # Pyodide's clock() gives out after 2**31 µs since start-up (see peer-runner.ts).
        return None


def run(request):
    _set_policy(_policy(request['loop'], request.get('eager', False)))
    # Pyodide's own webloop counts as running; asyncio.run refuses to start under it.
    asyncio.events._set_running_loop(None)
    code = compile(request['src'], '<program>', 'exec')
    out = io.StringIO()
    real_stdout = sys.stdout
    sys.stdout = out
    try:
        t0, c0 = time.perf_counter(), _process_time()
        exec(code, {'__name__': '__main__'})
        ms = (time.perf_counter() - t0) * 1000
        c1 = _process_time()
        # None where the clock is unavailable (pyodide: its host measures the CPU instead).
        cpu = None if c0 is None or c1 is None else (c1 - c0) * 1000
    finally:
        sys.stdout = real_stdout
        _set_policy(None)
    return {'ms': ms, 'cpu': cpu, 'stdout': out.getvalue().splitlines()}


def run_json(line):
    """One request in, one answer out, both JSON text (the pyodide side calls this)."""
    try:
        return json.dumps(run(json.loads(line)))
    except Exception as e:
        return json.dumps({'error': f'{type(e).__name__}: {e}'})


def main():
    print(json.dumps({'version': f'CPython {sys.version.split()[0]} ({sys.executable})'}), flush=True)
    for line in sys.stdin:
        print(run_json(line), flush=True)


if sys.platform != 'emscripten':
    main()
