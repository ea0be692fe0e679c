/**
 * The pre-rendered talk page (the viewer): a chunk of its own, so the library's home page does not carry
 * the viewer's code; a talk's pre-rendered page preloads it with its first script (see
 * `build/prerender-plugin.ts`), and the entry point awaits it before taking the page over. The tools bar
 * above the talk is a chunk apart (`tools-bar.tsx`), which the page does not wait for.
 */
export { PrerenderedTalkPage } from '../pages/prerendered-talk-page.tsx';
export { TranslatedViewer } from '../viewer/translation/lazy-translated-viewer.ts';
