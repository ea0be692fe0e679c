import { useEffect, useRef, useState } from 'react';
import { timeHref } from '../../transcript/time/deep-link.ts';
import { announce } from '../shared/announce.ts';
import { useT } from '../shared/i18n.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long the confirmation stays before the button returns to its label. */
const FEEDBACK_MS = 2000;

/**
 * "Copy link to this moment": puts an absolute `?t=` address on the clipboard (see `timeHref`). The
 * address is built on click, so the button carries no per-render work.
 */
export function CopyLinkButton({ seconds, label }: { seconds: number; label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const t = useT();
  const copy = async (): Promise<void> => {
    // The same address as the turn's own link: the talk's parameters and the moment, nothing else.
    const url = new URL(timeHref(window.location.search, seconds), window.location.href);
    let ok: boolean;
    try {
      await navigator.clipboard.writeText(url.toString());
      ok = true;
    } catch {
      // Clipboard access is refused on plain http and in some embedded browsers.
      ok = false;
    }
    setState(ok ? 'copied' : 'failed');
    announce(ok ? t('Link copied') : t('Copying failed: use the time link instead'));
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
  };

  return (
    <button
      type="button"
      className="copy-link"
      data-state={state}
      aria-label={t('Copy link to this moment ({time})', { time: label })}
      title={t('Copy link to this moment')}
      onClick={(event) => {
        event.stopPropagation();
        void copy();
      }}
    >
      {state === 'copied' ? <span aria-hidden="true">✓</span> : <LinkIcon />}
      <span className="copy-link-status" aria-hidden="true">
        {state === 'copied' ? t('Link copied') : state === 'failed' ? t('Copy failed: use the time link') : ''}
      </span>
    </button>
  );
}

function LinkIcon() {
  return (
    <svg
      aria-hidden="true"
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
      <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
    </svg>
  );
}
