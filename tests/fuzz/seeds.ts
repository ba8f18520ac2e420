/** The fuzzer's seed programs: the conformance corpus and our own cases, both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TESTS = fileURLToPath(new URL('..', import.meta.url));
const DIRS = ['conformance/cases', 'cases/py', 'cases/js', 'cases/cross'];

export function loadSeeds(): string[] {
  return DIRS.flatMap((dir) =>
    readdirSync(join(TESTS, dir))
      .filter((f) => /\.(py|js)$/.test(f))
      .sort()
      .map((f) => readFileSync(join(TESTS, dir, f), 'utf8')),
  );
}
