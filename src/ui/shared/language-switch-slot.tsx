/**
 * The language switch (`language-switch.tsx`), drawn once the page runs and not in the build's markup (as
 * "Recent files" is): its code, and the code that loads the languages, stay out of the first page's
 * script, and a switch is of no use before the page runs.
 */
import { type ComponentType, useEffect, useState } from 'react';

/** The switch, fetched once the page is drawn; see the module comment. */
export function LanguageSwitchSlot() {
  const [Switch, setSwitch] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    import('./language-switch.tsx').then(
      (module) => {
        if (live) setSwitch(() => module.LanguageSwitch);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return Switch === null ? null : <Switch />;
}
