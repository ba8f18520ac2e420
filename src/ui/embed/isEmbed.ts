/** Whether the page was opened as the embed player: `?embed=1` in the query (the snippet stays in the fragment). */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}
