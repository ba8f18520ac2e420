/**
 * Turning one model on or off (the toolbar's checkboxes and the 1–4 keys): the panels keep
 * MODEL_NAMES order for a model turned on, and the last model cannot be turned off (a run
 * needs one).
 */
import { MODEL_NAMES, type ModelName } from '../engine/api';

export function toggleModel(models: readonly ModelName[], m: ModelName): ModelName[] {
  if (models.includes(m)) return models.length > 1 ? models.filter((x) => x !== m) : [...models];
  return MODEL_NAMES.filter((x) => x === m || models.includes(x));
}
