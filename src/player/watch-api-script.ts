/**
 * Notices when the YouTube IFrame API script fails to load.
 *
 * react-youtube reports that failure only to the first player ever created on the page (its loader
 * is shared and runs once), so a remounted player would wait forever. A failed `<script>` fires an
 * `error` event that does not bubble but does pass through the window's capture phase, whoever
 * added the script.
 *
 * @param onFailure called once when a script from `www.youtube.com/iframe_api` fails
 * @returns a function that stops watching
 */
export function watchIframeApiScript(onFailure: () => void, target: Window = window): () => void {
  const listener = (event: Event): void => {
    const element = event.target;
    if (element instanceof HTMLScriptElement && /\/\/www\.youtube\.com\/iframe_api/.test(element.src)) {
      onFailure();
    }
  };
  target.addEventListener('error', listener, true);
  return () => target.removeEventListener('error', listener, true);
}
