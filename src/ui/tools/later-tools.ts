/**
 * The tools drawn once the page runs, never in the build's markup: "Recent files" (only this browser
 * knows its list) and the language switch (`../shared/language-switch.tsx`). One chunk, fetched after the
 * page is drawn, so neither is part of the first page's script.
 */
export { RecentMenu } from './recent-menu.tsx';
export { LanguageSwitch } from '../shared/language-switch.tsx';
