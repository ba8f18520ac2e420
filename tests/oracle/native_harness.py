# The native-CPython oracle harness (tests/oracle/native-cpython.ts): runs one program on a
# real CPython (3.12, 3.13: real threads, which pyodide lacks) with real time and real asyncio,
# and prints its outcome as one JSON object: stdout lines and the uncaught error
# (`Type: message`, addresses hidden as the conformance oracle hides them). argv[1] == '1'
# installs asyncio.eager_task_factory on every new loop (the python-eager model).
import asyncio, io, json, re, sys

_ADDR = re.compile(r' at 0x[0-9a-fA-F]+')


def main():
    source = sys.stdin.read()
    if sys.argv[1] == '1':
        class EagerPolicy(asyncio.DefaultEventLoopPolicy):
            def new_event_loop(self):
                loop = super().new_event_loop()
                loop.set_task_factory(asyncio.eager_task_factory)
                return loop
        asyncio.set_event_loop_policy(EagerPolicy())
    out = io.StringIO()
    real_stdout = sys.stdout
    sys.stdout = out
    error = None
    try:
        exec(compile(source, '<program>', 'exec'), {'__name__': '__main__'})
    except BaseException as e:
        s = str(e)
        error = _ADDR.sub(' at 0x...', f"{type(e).__name__}: {s}" if s else type(e).__name__)
    finally:
        sys.stdout = real_stdout
    lines = out.getvalue().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    print(json.dumps({'stdout': lines, 'error': error, 'version': sys.version.split()[0]}))


main()
