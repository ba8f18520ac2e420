/**
 * The character replacements a prescan makes in Lezer's copy of the source (parse.ts:
 * every rewrite keeps each offset where it was). They are collected and applied in one
 * pass of slices at the end, instead of splitting the text into one string per character
 * up front: most texts need no edit at all, and a fuzz input can be 200,000 characters
 * long (issue 10: the three prescans' per-character arrays were a fifth of the Python
 * front-end's time on the fuzzer's inputs).
 */
export class SameLengthEdits {
  private readonly at = new Map<number, string>();

  /** Replace the one UTF-16 unit at `offset` by `ch` (also one unit). */
  set(offset: number, ch: string): void {
    this.at.set(offset, ch);
  }

  get size(): number {
    return this.at.size;
  }

  /** `text` with every replacement made; `text` itself when there is none. */
  apply(text: string): string {
    if (this.at.size === 0) return text;
    const offsets = [...this.at.keys()].sort((a, b) => a - b);
    let out = '';
    let from = 0;
    for (const offset of offsets) {
      out += text.slice(from, offset) + (this.at.get(offset) as string);
      from = offset + 1;
    }
    return out + text.slice(from);
  }
}
