/**
 * Whether the app may take a pre-rendered page's markup over (`hydrateRoot`) at a visit's address. The
 * build rendered each page at no address, so the first render in the browser must ignore the address too:
 * that is possible when all it asks for is applied right after the first render. A moment does (`t`, in
 * the query or the fragment, and a quote `#t=START,END`): the viewer goes there once the page is taken
 * over (see `TalkViewer`), which is how people share a talk, and so does a search (`q`, which a library
 * result carries to its talk: the search panel takes it once its code has come), and so do the languages
 * shown (`lang`, which a talk with translations reads once it is taken over). An opened file (`?file=`), an old `?talk=`
 * address and the talk file's notes (`?notes`) change what is drawn, and so may a parameter this page
 * does not know (a newer page's): those are rendered afresh. The tags other sites add to a shared link
 * change nothing and are let through, or every link shared from a newsletter would be drawn twice.
 */

/** Query parameters the page applies after its first render. */
const APPLIED_AFTER = new Set(['t', 'q', 'lang']);
/** Campaign and click tags that sites add to links they pass on; the page never reads them. */
const SHARING_TAG = /^(utm_\w+|fbclid|gclid|msclkid)$/;

/**
 * True when the address's query (`location.search`, with or without `?`) asks for nothing a first render
 * must draw; the fragment never does.
 */
export function takesBuildMarkupOver(search: string): boolean {
  for (const name of new URLSearchParams(search).keys()) {
    if (!APPLIED_AFTER.has(name) && !SHARING_TAG.test(name)) return false;
  }
  return true;
}
