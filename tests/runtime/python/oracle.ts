/**
 * Real CPython 3.14 (Pyodide) as the oracle for table-driven tests: `evalPy(exprs)`
 * returns, for each expression, `repr(value)` or `Type: message` when it raises.
 */
let pyodide: Promise<{ runPython(code: string): unknown; globals: { get(n: string): unknown } }> | undefined;

async function load() {
  const { loadPyodide } = await import('pyodide');
  return (await loadPyodide()) as unknown as { runPython(code: string): unknown; globals: { get(n: string): unknown } };
}

export async function evalPy(exprs: string[], mode: 'repr' | 'str' = 'repr'): Promise<string[]> {
  pyodide ??= load();
  const py = await pyodide;
  const src = `
import json
def _run(exprs):
    out = []
    for e in exprs:
        try:
            v = eval(e, {})
            out.append(${mode}(v))
        except BaseException as x:
            m = str(x)
            out.append(type(x).__name__ + (': ' + m if m else ''))
    return json.dumps(out)
_run(json.loads(${JSON.stringify(JSON.stringify(exprs))}))
`;
  return JSON.parse(py.runPython(src) as string) as string[];
}

/** Run whole programs in CPython: stdout lines and the uncaught error summary of each. */
export async function runPyPrograms(sources: string[]): Promise<{ stdout: string[]; error: string | null }[]> {
  pyodide ??= load();
  const py = await pyodide;
  const src = `
import json, io, contextlib
def _run_all(srcs):
    res = []
    for s in srcs:
        buf = io.StringIO()
        err = None
        with contextlib.redirect_stdout(buf):
            try:
                exec(compile(s, '<prog>', 'exec'), {'__name__': '__main__'})
            except BaseException as x:
                m = str(x)
                err = type(x).__name__ + (': ' + m if m else '')
        out = buf.getvalue()
        lines = out.split('\\n')
        if lines and lines[-1] == '':
            lines.pop()
        res.append({'stdout': lines, 'error': err})
    return json.dumps(res)
_run_all(json.loads(${JSON.stringify(JSON.stringify(sources))}))
`;
  return JSON.parse(py.runPython(src) as string);
}
