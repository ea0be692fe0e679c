/**
 * The `<iframe>` snippet for a talk's embeddable page, ready to paste into a post. The height fits the
 * player (16:9 of the width) above a few turns of transcript at the usual column widths of a blog.
 */

/** Height of the embed in CSS pixels: a 640 px wide player is 360 px high, leaving room for the transcript. */
export const EMBED_HEIGHT = 720;

/** What the embedded page may ask of the page around it: the YouTube player plays, goes full screen. */
export const EMBED_ALLOW = 'autoplay; encrypted-media; picture-in-picture; fullscreen; clipboard-write';

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The snippet for the embed at `src` (an absolute address) of the talk titled `title`. */
export function embedSnippet(src: string, title: string): string {
  const label = title.trim() === '' ? 'Talk transcript and video' : `${title.trim()}: transcript and video`;
  return `<iframe src="${attribute(src)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:800px" loading="lazy" allow="${EMBED_ALLOW}" allowfullscreen title="${attribute(label)}"></iframe>`;
}
