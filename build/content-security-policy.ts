/**
 * Vite plugin: writes the page's Content-Security-Policy into the built `index.html` as a meta tag,
 * so any static host serves it. Only at build time: the dev server injects inline scripts of its own
 * (hot reload), which the policy rightly refuses.
 *
 * What the page may load:
 * - scripts: its own files, and YouTube's IFrame API (`www.youtube.com/iframe_api`, which loads the
 *   rest of the player API from `www.youtube.com` and, on older players, `s.ytimg.com`); no inline
 *   script, no `eval`;
 * - frames: the YouTube player, privacy-enhanced host first;
 * - workers, styles, fetches: its own origin only (search, library search and alignment run in
 *   workers built from its own files; the talks are its own assets; React sets styles through the
 *   DOM, which style-src does not restrict);
 * - images: its own, and the `data:` icon in the page head;
 * - audio and video: its own (a talk's media copied into the site) and any `https://` address, since a
 *   talk's `media:` may name a file on the author's podcast host or CDN.
 */
import type { Plugin } from 'vite';

/** The policy, one directive per entry. */
export const CONTENT_SECURITY_POLICY: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' https://www.youtube.com https://s.ytimg.com",
  'frame-src https://www.youtube-nocookie.com https://www.youtube.com',
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' https:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The meta tag, placed right after `<meta charset>` so it governs every script that follows. */
export function contentSecurityPolicyPlugin(policy: readonly string[] = CONTENT_SECURITY_POLICY): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}" />`;
  return {
    name: 'talkline:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (charset === null) throw new Error('index.html has no <meta charset>: the Content-Security-Policy goes right after it');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
      },
    },
  };
}
