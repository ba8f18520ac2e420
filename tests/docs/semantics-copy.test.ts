// docs/semantics.md is the project's shared scheduling spec (semantics.md in the shared folder
// beside the repository on the developers' machines and in CI), copied so the code's citations resolve in
// the repository. Like the shims test, this keeps the copy byte-identical to its source.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
// The shared folder sits beside the checkout (../shared); a git worktree under wt/ has it one level up.
const SHARED = [join(ROOT, '../shared'), join(ROOT, '../../shared')].find((d) => existsSync(join(d, 'semantics.md')));

describe('docs/semantics.md', () => {
  it.skipIf(!SHARED)('is byte-identical to shared/semantics.md (copy it over when the spec changes)', () => {
    expect(readFileSync(join(ROOT, 'docs/semantics.md'), 'utf8')).toBe(readFileSync(join(SHARED!, 'semantics.md'), 'utf8'));
  });

  it('has the sections the code cites', () => {
    const doc = readFileSync(join(ROOT, 'docs/semantics.md'), 'utf8');
    for (const section of ['1.1', '1.13', '2.1', '2.9', '3', '4', '5'])
      expect(doc).toMatch(new RegExp(`^#+ .*\\b${section.replace('.', '\\.')}\\b`, 'm'));
  });
});
