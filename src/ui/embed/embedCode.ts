/** The HTML to paste for an embed player (docs/embed.md): an iframe of `?embed=1` plus the link's fragment. */
import { xmlText } from '../export/xml';

export function embedCode(origin: string, pathname: string, hash: string, title: string): string {
  const src = `${origin}${pathname}?embed=1${hash}`;
  return [
    '<iframe',
    `  src="${xmlText(src)}"`,
    `  title="${xmlText(`Async Lanes: ${title}`)}"`,
    '  width="100%"',
    '  height="520"',
    '  style="border: 1px solid #cbd5e1; border-radius: 6px"',
    '  loading="lazy"',
    '></iframe>',
  ].join('\n');
}
