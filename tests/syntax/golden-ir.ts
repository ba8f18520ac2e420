/**
 * Golden IR tests in the style of Lezer's test files: each tests/syntax/golden/LANG/*.txt
 * holds cases of the form
 *
 *   # name
 *
 *   <source>
 *
 *   ==>
 *
 *   <printIR output>
 *
 * Run with UPDATE_GOLDEN=1 to rewrite the expected parts from the current output; review
 * every rewritten case by eye before committing (a golden must encode the correct answer).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printIR } from '../../src/engine/ir/print';
import type { Program } from '../../src/engine/ir/nodes';

interface GoldenCase {
  name: string;
  source: string;
  expected: string;
}

function parseGolden(text: string): GoldenCase[] {
  const cases: GoldenCase[] = [];
  // A case starts at a `# name` line at the start of the file or after a blank line.
  const chunks = text.split(/(?:^|\n\n)(?=# )/).filter((c) => c.trim() !== '');
  for (const chunk of chunks) {
    const newline = chunk.indexOf('\n');
    const name = chunk.slice(2, newline).trim();
    const rest = chunk.slice(newline + 1);
    const sep = rest.search(/^==>$/m);
    if (sep < 0) throw new Error(`golden case "${name}" has no ==> line`);
    cases.push({ name, source: rest.slice(0, sep).trim(), expected: rest.slice(sep + 3).trim() });
  }
  return cases;
}

function formatGolden(cases: GoldenCase[]): string {
  return cases.map((c) => `# ${c.name}\n\n${c.source}\n\n==>\n\n${c.expected}\n`).join('\n');
}

/** Declare the golden suite for one language's folder. */
export function goldenIrSuite(title: string, folder: string, parse: (source: string) => Program): void {
  const dir = join(__dirname, 'golden', folder);
  const update = process.env.UPDATE_GOLDEN === '1';
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  describe(title, () => {
    it('has golden files', () => {
      expect(files.length).toBeGreaterThan(0);
    });

    for (const file of files) {
      const path = join(dir, file);
      const cases = parseGolden(readFileSync(path, 'utf8'));
      describe(file, () => {
        for (const c of cases) {
          it(c.name, () => {
            const actual = printIR(parse(c.source)).trim();
            if (update) c.expected = actual;
            else expect(actual).toBe(c.expected);
          });
        }
        if (update) {
          it('rewrites the file (UPDATE_GOLDEN=1)', () => {
            writeFileSync(path, formatGolden(cases));
          });
        }
      });
    }
  });
}
