/**
 * The site's base path (`--base`, or `TALKLINE_BASE`): the folder the site is served from (`/blog/talks/`), or an
 * absolute address for a CDN. Without it the build uses relative addresses (`./`), which work from any
 * folder but cannot be shared by pages at different depths without rewriting (the pre-render step does).
 */
export function siteBase(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return './';
  const base = value.trim();
  if (/^https?:\/\//i.test(base)) return base.endsWith('/') ? base : `${base}/`;
  if (base === '.' || base === './') return './';
  if (/[?#\s]/.test(base)) throw new Error(`the base ${JSON.stringify(value)} is not a folder path: give one such as /blog/talks/`);
  const withSlashes = `/${base.replace(/^\/+|(?<!\/)\/+$/g, '')}/`;
  return withSlashes === '//' ? '/' : withSlashes;
}

/** The site address as a folder URL (`https://example.org/blog/talks/`), or null; throws on a malformed one. */
export function readSiteUrl(value: string | undefined): URL | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`the site address is not an address: ${JSON.stringify(value)}; give the site's home page, e.g. https://example.org/blog/talks/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`the site address must be an http(s) address, not ${url.protocol}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}
