/**
 * The viewer of a talk with translations, as the pages load it: on demand, so a talk in one language
 * never fetches its code. A pre-rendered page with translations preloads it before taking its markup over
 * (`preloadPrerenderedPage`).
 */
import { lazyComponent } from '../../shared/lazy-component.tsx';

export const TranslatedViewer = lazyComponent(async () => (await import('./translated-viewer.tsx')).TranslatedViewer);
