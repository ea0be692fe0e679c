/**
 * Scripts the benches add to a page (`page.addInitScript`). Source text, not functions: tsx adds helpers
 * to functions that the page does not have.
 */

/** Notes the page's own time (0 = navigation start) when the first turn is on screen, as `window.__firstTurn`. */
export const FIRST_TURN_PROBE = `(() => {
  const check = () => {
    const turn = document.querySelector('.turn');
    if (turn !== null) {
      const box = turn.getBoundingClientRect();
      if (box.top < window.innerHeight && box.bottom > 0) {
        window.__firstTurn = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;
