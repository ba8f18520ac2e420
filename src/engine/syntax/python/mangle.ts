/**
 * Private name mangling (Python/compile.c `_Py_Mangle`, the tutorial's "Private Variables"):
 * inside a class body, an identifier `__spam` (two leading underscores, not ending in two) is
 * `_ClassName__spam`, where ClassName is the class's name without its leading underscores
 * (a name all underscores mangles nothing). So a subclass's `self.__x` is not its base's, and
 * `obj._Account__owner` reaches what `self.__owner` stored in Account's methods.
 *
 * What is renamed: names read, stored and deleted (Name, in expressions and targets),
 * attribute names (Member), parameters, the names `def`/`class` bind (FunctionDecl and
 * ClassDecl `bindAs`: a function's `__name__` and `__qualname__` keep the name as written,
 * as CPython's do), `global`/`nonlocal` names and the class's annotated names. A nested class's
 * body has its own class name: its lowering mangled it first, and this pass does not go in.
 * Not renamed (as in CPython): strings (`getattr(o, '__x')`), dunder names.
 */
import type { ClassDef } from '../../ir/nodes';
import { mangledName } from '../../ir/private-names';

/** Rename the private names of a just-lowered Python class body in place. */
export function manglePrivateNames(cls: ClassDef): void {
  if (cls.name.replace(/^_+/, '') === '') return;
  const mangle = (id: string): string => mangledName(cls.name, id);
  for (const a of cls.annotations ?? []) a.name = mangle(a.name);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const n = node as Record<string, unknown> & { kind?: unknown };
    switch (n.kind) {
      case 'Name':
        n.id = mangle(n.id as string);
        return;
      case 'Member':
        n.property = mangle(n.property as string);
        walk(n.object);
        return;
      case 'FunctionDecl':
      case 'ClassDecl': {
        const def = (n.kind === 'FunctionDecl' ? n.fn : n.cls) as { name: string };
        const bound = mangle(def.name);
        if (bound !== def.name) n.bindAs = bound;
        break;
      }
      case 'FunctionDef':
        for (const p of n.params as { name: string }[]) p.name = mangle(p.name);
        break;
      case 'ClassDef':
        // Its decorators and bases are in this class's scope; its body was mangled with its own name.
        walk(n.decorators);
        walk(n.bases);
        return;
      case 'Global':
      case 'Nonlocal':
        n.names = (n.names as string[]).map(mangle);
        return;
      case 'Str':
      case 'Num':
        return;
    }
    for (const k in n) if (k !== 'loc') walk(n[k]);
  };
  walk(cls.body);
}
