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
