/**
 * Python's private name mangling rule (Python/compile.c `_Py_Mangle`), shared by the front-end
 * (syntax/python/mangle.ts renames a class body's identifiers) and the runtime
 * (runtime/python/slots.ts mangles `__slots__` names the same way).
 */

/** `__spam` in class `_Owner` is `_Owner__spam`; dunder, dotted or all-underscore-class names stay. */
export function mangledName(className: string, id: string): string {
  if (!id.startsWith('__') || id.endsWith('__') || id.includes('.')) return id;
  const owner = className.replace(/^_+/, '');
  return owner === '' ? id : `_${owner}${id}`;
}
