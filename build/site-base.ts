/**
 * The site's base path from `TALKLINE_BASE`: the folder the site is served from (`/blog/talks/`), or an
 * absolute address for a CDN. Without it the build uses relative addresses (`./`), which work from any
 * folder but cannot be shared by pages at different depths without rewriting (the pre-render step does).
 */
export function siteBase(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return './';
  const base = value.trim();
  if (/^https?:\/\//i.test(base)) return base.endsWith('/') ? base : `${base}/`;
  if (base === '.' || base === './') return './';
  if (/[?#\s]/.test(base)) throw new Error(`TALKLINE_BASE ${JSON.stringify(value)} is not a folder path: give one such as /blog/talks/`);
  const withSlashes = `/${base.replace(/^\/+|(?<!\/)\/+$/g, '')}/`;
  return withSlashes === '//' ? '/' : withSlashes;
}
