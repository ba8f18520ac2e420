/** Class definitions: Python (classes-py.ts) or JavaScript (classes-js.ts), by the code's language. */
import type { ClassDef } from '../ir/nodes';
import type { Cx } from './context';
import type { ExprFn } from './core';
import { compilePyClass } from './classes-py';
import { compileJsClass } from './classes-js';

export function compileClassExpr(cx: Cx, cls: ClassDef): ExprFn {
  return cx.lang === 'py' ? compilePyClass(cx, cls) : compileJsClass(cx, cls);
}
