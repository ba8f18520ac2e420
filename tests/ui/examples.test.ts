// The playground's starter snippets are copies of conformance cases: the corpus's recorded real
// outputs are what the playground shows for them, so a copy that drifts is caught here.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SNIPPETS = join(ROOT, 'src/ui/example-snippets');
const CASES = join(ROOT, 'tests/conformance/cases');

describe('src/ui/example-snippets', () => {
  const names = readdirSync(SNIPPETS);

  it('ships the five starter snippets examples.ts imports', () => {
    const imported = [...readFileSync(join(ROOT, 'src/ui/examples.ts'), 'utf8').matchAll(/'\.\/example-snippets\/([^?']+)\?raw'/g)].map(
      (m) => m[1],
    );
    expect(imported.sort()).toEqual([...names].sort());
    expect(names).toHaveLength(5);
  });

  it.each(names)('%s is byte-identical to its conformance case', (name) => {
    expect(readFileSync(join(SNIPPETS, name), 'utf8')).toBe(readFileSync(join(CASES, name), 'utf8'));
  });
});
