/**
 * `realm.modules`: the importable modules of one run, built the first time they are looked
 * up. CPython itself imports a standard-library module only when a program asks for it
 * (Python/import.c `PyImport_ImportModuleLevelObject` consults `sys.modules`, then runs the
 * module's code once); most snippets import `asyncio` and little else, so building twenty
 * modules per run up front was most of the cost of starting one (issue 10: re-running four
 * models after every keystroke must be cheap).
 *
 * A module is built at most once per run, on its first `get`/`has`, and stays the same
 * object afterwards (`import m` twice binds one object, as `sys.modules` guarantees).
 */
import type { Value } from './values';

export class ModuleRegistry extends Map<string, Value> {
  private readonly pending = new Map<string, () => Value>();

  /** Register `name` to be built by `build` when a program first imports it. */
  define(name: string, build: () => Value): void {
    this.pending.set(name, build);
    super.delete(name);
  }

  override get(name: string): Value | undefined {
    if (!super.has(name)) this.build(name);
    return super.get(name);
  }

  override has(name: string): boolean {
    return super.has(name) || this.pending.has(name);
  }

  override set(name: string, value: Value): this {
    this.pending.delete(name);
    return super.set(name, value);
  }

  private build(name: string): void {
    const build = this.pending.get(name);
    if (build === undefined) return;
    // Taken off the list before it runs: a module whose code looks itself up while being
    // built sees it missing rather than building it again.
    this.pending.delete(name);
    super.set(name, build());
  }
}
