/**
 * The alignment layer as the viewer loads it: on demand. A page with a talk alone never fetches it.
 */
import { lazyComponent } from '../../shared/lazy-component.tsx';

export const AlignmentLayer = lazyComponent(async () => (await import('./alignment-layer.tsx')).AlignmentLayer);

/** Fetches the layer and what it draws, so an alignment then shows at once (tests that render one first). */
export async function preloadAlignmentDisplay(): Promise<void> {
  await AlignmentLayer.preload();
  await (await import('./use-alignment-display.tsx')).preloadAlignmentParts();
}
