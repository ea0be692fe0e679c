/**
 * The alignment layer as the viewer loads it: on demand. A page with a talk alone never fetches it.
 * The layer comes with what it draws (the bar, the passages, the markers), so all of them show in one
 * commit rather than one after another as each part's boundary resolves.
 */
import { lazyComponent } from '../../shared/lazy-component.tsx';

export const AlignmentLayer = lazyComponent(async () => {
  const [layer, display] = await Promise.all([import('./alignment-layer.tsx'), import('./use-alignment-display.tsx')]);
  await display.preloadAlignmentParts();
  return layer.AlignmentLayer;
});

/** Fetches the layer and what it draws, so an alignment then shows at once (tests that render one first). */
export async function preloadAlignmentDisplay(): Promise<void> {
  await AlignmentLayer.preload();
}
