/** The four scheduling models. See README "Models" and ../shared/semantics.md. */
export const MODEL_NAMES = ['js', 'python', 'python-eager', 'promisio'] as const;

export type ModelName = (typeof MODEL_NAMES)[number];

export function isModelName(s: string): s is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(s);
}

/** The language whose *scheduling* a model follows. */
export function modelFamily(model: ModelName): 'js' | 'python' {
  return model === 'js' ? 'js' : 'python';
}
