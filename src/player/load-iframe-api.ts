/**
 * Loads YouTube's IFrame API script, over https, once per page.
 *
 * react-youtube would load it itself, but over plain http on a page served over http, which the
 * page's Content-Security-Policy (https YouTube only) refuses; and it reports a failed load only to
 * the first player ever created. Loading it here first, the player finds the API in place, and every
 * player that waits for it hears of a failure.
 *
 * @see https://developers.google.com/youtube/iframe_api_reference#Loading_a_Video_Player
 */

/** The API's address; the one script the page loads from YouTube. */
export const IFRAME_API_URL = 'https://www.youtube.com/iframe_api';

interface YouTubeGlobal {
  YT?: { Player?: unknown };
  onYouTubeIframeAPIReady?: () => void;
}

let loading: Promise<void> | null = null;

/** True once the API has run and its `YT.Player` can be built. */
export function iframeApiPresent(target: Window | undefined = typeof window === 'undefined' ? undefined : window): boolean {
  // No window when the page is rendered at build time: the player is always built in the browser.
  if (target === undefined) return false;
  return typeof (target as unknown as YouTubeGlobal).YT?.Player === 'function';
}

/**
 * Resolves when `YT.Player` is ready to use; rejects when the script cannot be fetched (offline, a
 * blocker). A failed load is forgotten, so the next call tries again.
 */
export function loadIframeApi(target: Window = window): Promise<void> {
  if (iframeApiPresent(target)) return Promise.resolve();
  if (loading !== null) return loading;
  const global = target as unknown as YouTubeGlobal;
  const attempt = new Promise<void>((resolve, reject) => {
    // The API calls this global when it is ready; a handler someone else set keeps being called.
    const previous = global.onYouTubeIframeAPIReady;
    global.onYouTubeIframeAPIReady = () => {
      previous?.();
      resolve();
    };
    const script = target.document.createElement('script');
    script.src = IFRAME_API_URL;
    script.async = true;
    script.addEventListener('error', () => {
      if (loading === attempt) loading = null;
      script.remove();
      reject(new Error(`Failed to load ${IFRAME_API_URL}`));
    });
    target.document.head.append(script);
  });
  loading = attempt;
  return attempt;
}
