# The CPython lane-trace oracle, loaded after pyodide_harness.py in the same interpreter.
# sys.monitoring (PEP 669, CPython 3.12+) reports, for every frame of the program's own
# coroutine code objects (compiled from '<program>', CO_COROUTINE: `async def`s and the
# module body under top-level await; the prelude is '<prelude>', asyncio is a library),
# PY_START, PY_YIELD, PY_RESUME / PY_THROW, PY_RETURN and PY_UNWIND — the lane trace's
# start, suspend, resume, return and raise (src/engine/events/trace.ts).
import sys, inspect

_MON = sys.monitoring
_EV = _MON.events
_TOOL = 4  # a free tool id (0-2 and 5 are the debugger/coverage/profiler/optimizer ids)
TRACE = {"on": False, "lines": [], "frames": {}, "counts": {}}


def _is_program_coroutine(code):
    return code.co_filename == '<program>' and bool(code.co_flags & inspect.CO_COROUTINE)


def _probe(kind, local):
    def callback(code, offset, *rest):
        if not _is_program_coroutine(code):
            # Local events can be switched off for that code location for good.
            return _MON.DISABLE if local else None
        if not TRACE["on"]:
            return None
        # The monitored frame called this callback: it is the caller's frame. A frame is
        # alive (so its id unique) from its PY_START to its PY_RETURN / PY_UNWIND.
        key = id(sys._getframe(1))
        frames = TRACE["frames"]
        if kind == 'start':
            n = TRACE["counts"].get(code.co_name, 0) + 1
            TRACE["counts"][code.co_name] = n
            frames[key] = f"{code.co_name}#{n}"
        label = frames.get(key)
        if label is None:
            # Thrown into before it ever started (a task cancelled before its first step):
            # ceval unwinds the frame without running the body, so it never starts.
            return None
        TRACE["lines"].append(f"{label} {kind}")
        if kind in ('return', 'raise'):
            del frames[key]
        return None
    return callback


_MON.use_tool_id(_TOOL, 'async-lanes trace')
_MON.register_callback(_TOOL, _EV.PY_START, _probe('start', True))
_MON.register_callback(_TOOL, _EV.PY_YIELD, _probe('suspend', True))
_MON.register_callback(_TOOL, _EV.PY_RESUME, _probe('resume', True))
# A frame resumed by a throw (a cancellation, an exception set on the awaited future) gets
# PY_THROW instead of PY_RESUME (ceval's throwflag path skips the RESUME instruction).
_MON.register_callback(_TOOL, _EV.PY_THROW, _probe('resume', False))
_MON.register_callback(_TOOL, _EV.PY_RETURN, _probe('return', True))
_MON.register_callback(_TOOL, _EV.PY_UNWIND, _probe('raise', False))
_MON.set_events(_TOOL, _EV.PY_START | _EV.PY_YIELD | _EV.PY_RESUME | _EV.PY_THROW | _EV.PY_RETURN | _EV.PY_UNWIND)


def _stop_tracing():
    TRACE["on"] = False


def trace_program(source, eager, prelude=None):
    """Run one program with run_program; its outcome plus the lane trace."""
    TRACE.update(on=True, lines=[], frames={}, counts={})
    # Tracing ends with the run (run_program's on_end hook), before the harness collects
    # garbage: the engine does not model finalizers closing abandoned coroutines.
    STATE["on_end"] = _stop_tracing
    try:
        out = run_program(source, eager, prelude)
    finally:
        TRACE["on"] = False
        STATE["on_end"] = None
    out["trace"] = list(TRACE["lines"])
    return out
