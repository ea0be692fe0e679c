/**
 * One shared polite live region for short confirmations ("Link copied"). Giving each of the
 * transcript's hundreds of buttons its own status region would fill the page with empty ones.
 */
let region: HTMLElement | null = null;

/** Says `message` to screen readers, politely. */
export function announce(message: string): void {
  if (region === null || !region.isConnected) {
    region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('data-testid', 'announcer');
    document.body.append(region);
  }
  // Clearing first makes a repeated message count as a change, so it is spoken again.
  region.textContent = '';
  const target = region;
  requestAnimationFrame(() => {
    target.textContent = message;
  });
}
