/** The fuzzer's seed programs: the conformance corpus and our own cases, both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/engine/names';

const TESTS = fileURLToPath(new URL('..', import.meta.url));
const DIRS = ['conformance/cases', 'cases/py', 'cases/js', 'cases/cross'];

export interface Seed {
  text: string;
  /** The language the program was written in (its extension). */
  lang: Lang;
}

export function loadSeeds(): Seed[] {
  return DIRS.flatMap((dir) =>
    readdirSync(join(TESTS, dir))
      .filter((f) => /\.(py|js)$/.test(f))
      .sort()
      .map((f) => ({ text: readFileSync(join(TESTS, dir, f), 'utf8'), lang: f.endsWith('.py') ? ('py' as const) : ('js' as const) })),
  );
}
