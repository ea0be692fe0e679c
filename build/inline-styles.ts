/**
 * A built page's style sheets, written into the page itself. A linked style sheet holds the first paint
 * until it has come (a round trip on a real network; on a long talk's page, also the wait for the
 * page's thread, busy parsing megabytes of transcript, to take the response): inlined, the build's
 * markup is drawn styled as soon as it is parsed. Over 8 interleaved cold loads each, the first turn came
 * on screen after 166 instead of 281 ms on the bundled talk's page, and 159 instead of 290 ms on a
 * 24-hour talk's.
 *
 * Each link stays where it was, `disabled` (not fetched, never applied), after its sheet's text: the
 * app's code, which adds a chunk's style sheet when it loads the chunk, finds it there and adds nothing,
 * so no sheet is applied twice or out of its order. The page's Content-Security-Policy allows each
 * inlined sheet by its hash, and no other inline style.
 */
import { createHash } from 'node:crypto';

const STYLESHEET_LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const POLICY = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?\bstyle-src 'self')/;

/**
 * `html` with each style sheet its head links (enabled, for every medium) written in before the link,
 * which is disabled, and the sheet's hash added to the policy's `style-src`. `read` gives a sheet's text
 * by its address in the page, or null to leave that link as it is.
 */
export function inlineStyleSheets(html: string, read: (href: string) => string | null): string {
  const end = html.indexOf('</head>');
  if (end < 0 || !POLICY.test(html.slice(0, end))) return html;
  const hashes: string[] = [];
  const head = html.slice(0, end).replace(STYLESHEET_LINK, (tag) => {
    if (/\s(?:disabled|media=)/.test(tag)) return tag;
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    const css = href === undefined ? null : read(href);
    // A sheet that could close the element early stays linked.
    if (css === null || /<\/style/i.test(css)) return tag;
    hashes.push(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    return `<style>${css}</style>${tag.replace(/(?<!\s)\s*\/?>$/, ' disabled>')}`;
  });
  if (hashes.length === 0) return html;
  return head.replace(POLICY, (policy) => `${policy} ${hashes.join(' ')}`) + html.slice(end);
}
