export { EmbedPlayer, fullPlaygroundUrl } from './EmbedPlayer';
export { isEmbed } from './isEmbed';
export { embedCode } from './embedCode';
