/**
 * The names every layer shares — the snippet languages and the four scheduling models —
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
