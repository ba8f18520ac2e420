/**
 * The names every layer shares — the snippet languages, the four scheduling models and
 * Node's two ways of running a JavaScript file —
 * kept in one small module that imports nothing, so any folder may import it
 * (ARCHITECTURE.md "Layout"; eslint.config.js enforces it).
 */

/** The two snippet languages, named by their file extensions. */
export type Lang = 'py' | 'js';

/** The four scheduling models. See README "Models" and docs/semantics.md. */
export const MODEL_NAMES = ['js', 'python', 'python-eager', 'promisio'] as const;

export type ModelName = (typeof MODEL_NAMES)[number];

export function isModelName(s: string): s is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(s);
}

/** The language whose *scheduling* a model follows. */
export function modelFamily(model: ModelName): 'js' | 'python' {
  return model === 'js' ? 'js' : 'python';
}

/**
 * Node's two ways of running a JavaScript file under `js`: as a CommonJS script (`node file.js`)
 * or as an ES module (`node file.mjs`); `auto` decides from the program's syntax
 * (src/engine/syntax/js/mode.ts).
 */
export type JsMode = 'commonjs' | 'module';
export type JsModeOption = 'auto' | JsMode;

export const JS_MODE_OPTIONS: readonly JsModeOption[] = ['auto', 'commonjs', 'module'];

export function isJsModeOption(s: string): s is JsModeOption {
  return (JS_MODE_OPTIONS as readonly string[]).includes(s);
}

/** The mode a run used, and why (e.g. "top-level await at 3:0: runs as an ES module ..."). */
export interface JsModeDecision {
  mode: JsMode;
  reason: string;
}

/**
 * The global an ES module's `import` declarations call for a Node library module's exports
 * (syntax/js/imports.ts lowers to it, models/js/node-modules.ts binds it): not an
 * identifier, so no program can name it.
 */
export const NODE_MODULE_BINDING = '%node-module';

/** The Node library modules the `js` model provides (models/js/node-modules.ts), as `import` and `require` name them (also with `node:`). */
export const NODE_LIBRARY_MODULES: readonly string[] = ['events', 'timers', 'timers/promises', 'util'];
