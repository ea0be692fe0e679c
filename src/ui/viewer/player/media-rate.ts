/**
 * The speed a talk's own media plays at, from 0.75× to 2×, remembered in this browser for the next talk
 * (`localStorage`; without storage, private modes or a full quota, it lasts the visit).
 */

/** The speeds offered, as listeners of podcasts expect them. */
export const MEDIA_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

const KEY = 'talkline:media-rate';

/** The remembered speed, or 1. */
export function rememberedRate(): number {
  try {
    const value = Number(window.localStorage.getItem(KEY));
    return (MEDIA_RATES as readonly number[]).includes(value) ? value : 1;
  } catch {
    return 1;
  }
}

/** Remembers `rate` (one of `MEDIA_RATES`). */
export function rememberRate(rate: number): void {
  try {
    if (rate === 1) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, String(rate));
  } catch {
    // Not remembered: the speed still applies to this talk.
  }
}

/** How a speed is shown: `1.25×`. */
export const rateLabel = (rate: number): string => `${rate}×`;
