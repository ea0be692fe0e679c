/**
 * Asks a media file's address for its HTTP status, when the element could not open the file: "not found"
 * and "cannot be read" look the same to a media element (`MEDIA_ERR_SRC_NOT_SUPPORTED`), but not to the
 * reader. Only the site's own addresses are asked: another host's would need it to allow this page
 * (CORS), and the page's Content-Security-Policy lets it fetch from its own origin only.
 */

/**
 * The status a `HEAD` for `url` gets, and whether it is a web page rather than media (hosts that send
 * their home page for any unknown address); null when it cannot be asked (another site, offline).
 */
export async function probeMedia(url: string, page: string = location.href): Promise<{ status: number; page: boolean } | null> {
  const target = new URL(url, page);
  if (target.origin !== new URL(page).origin) return null;
  try {
    const response = await fetch(target, { method: 'HEAD', cache: 'no-store' });
    return { status: response.status, page: /^text\/html\b/i.test(response.headers.get('content-type') ?? '') };
  } catch {
    return null;
  }
}
