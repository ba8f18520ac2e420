/**
 * What the page shows of one long text: a printed line, an error, a value in a sentence. A
 * program can print a line of millions of characters in one call (`print('x' * 2**24)`), and
 * the browser lays out and measures whatever the page holds: a 16M-character line held the main
 * thread for ~6 s after the run and ~3 s at each jump of the playback position (issue 10: the
 * main thread never does work proportional to a run's size in one go). So a panel shows the
 * first SHOWN_CHARS characters and says how many more there are; the recording, the result and
 * the exported recording keep the whole text.
 */
export const SHOWN_CHARS = 10_000;

export function clipText(text: string, max = SHOWN_CHARS): string {
  if (text.length <= max) return text;
  // Not between the two halves of a surrogate pair.
  const cut = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, cut)}… (${(text.length - cut).toLocaleString('en-US')} more characters)`;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
