/**
 * The bar above a talk: back to the library (when there is one), open a file of your own, recent files,
 * export. Part of the first page, so it holds no reader or exporter code: those load on first use.
 *
 * On narrow screens the tools are one "Tools" menu: a row of them pushed a phone's title half way down
 * its first screen, and they are an author's tools more than a reader's. CSS decides (tools.css), so a
 * pre-rendered page is laid out for the phone from its first paint.
 */
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { Talk } from '../../transcript/types.ts';
import { CheckCaptionsButton } from './check-captions-button.tsx';
import { ExportMenu } from './export-menu.tsx';
import { followLink } from '../shared/navigation.ts';
import { OpenFileButton } from './open-file-button.tsx';
import '../shared/buttons.css';
import './tools.css';
import { useT } from '../shared/i18n.tsx';

/** Where "back" goes from a talk: the library, or the site's one talk from an opened file. */
export interface HomeLink {
  href: string;
  /** The site's one talk's title; null for the library ("All talks"). */
  label: string | null;
}

export interface TalkToolsProps {
  /** The talk shown, or null when it could not be opened (no export then). */
  talk: Talk | null;
  fileName: string;
  home: HomeLink | null;
  /** A short note beside the tools (e.g. that an opened file will not survive a reload). */
  note?: string | null;
  /** One more tool after Export (the embed snippet of a library talk). */
  extra?: ReactNode;
}

type LaterTools = typeof import('./later-tools.ts');

/**
 * "Recent files" and the language switch, fetched after the page is drawn (see `later-tools.ts`): the menu
 * shows only once the browser's list is read, and neither is part of the first page's script.
 */
function useLaterTools(): LaterTools | null {
  const [tools, setTools] = useState<LaterTools | null>(null);
  useEffect(() => {
    let live = true;
    import('./later-tools.ts').then(
      (module) => {
        if (live) setTools(module);
      },
      // Without their code the menu and the switch stay hidden, as for a reader who never opened a file.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return tools;
}

/**
 * Whether the narrow screens' "Tools" menu is open: it closes as the bar's other menus do (see
 * use-tool-menu.ts), on Escape (focus back on its button) and on a press or focus outside it.
 */
function useToolsOpen(bar: { current: HTMLElement | null }): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const outside = (event: Event): void => {
      if (!(event.target instanceof Node && bar.current?.contains(event.target) === true)) setOpen(false);
    };
    // Bubbling: a menu open inside this one (Export) takes its Escape first and stops it.
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      setOpen(false);
      bar.current?.querySelector<HTMLElement>('.tools-toggle')?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [open, bar]);
  return [open, setOpen];
}

/** The bar above a talk; see the module comment. */
export function TalkTools({ talk, fileName, home, note = null, extra = null }: TalkToolsProps) {
  const bar = useRef<HTMLElement>(null);
  const [open, setOpen] = useToolsOpen(bar);
  const id = useId();
  const t = useT();
  const later = useLaterTools();
  return (
    <nav className="talk-tools" aria-label={t('Talks and files')} ref={bar}>
      {home === null ? null : (
        <a className="tool-back" href={home.href} onClick={followLink}>
          <span aria-hidden="true">← </span>
          {home.label ?? t('All talks')}
        </a>
      )}
      {/* Shown on narrow screens only (tools.css). */}
      <button type="button" className="tool-button tools-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} title={t('Tools')}>
        <span aria-hidden="true">⋯</span>
        <span className="visually-hidden">{t('Tools')}</span>
      </button>
      <span className="talk-tools-actions" id={id} data-open={open ? '' : undefined}>
        <OpenFileButton />
        {later === null ? null : <later.RecentMenu />}
        {talk === null ? null : <CheckCaptionsButton />}
        {talk === null ? null : <ExportMenu talk={talk} fileName={fileName} />}
        {extra}
        {later === null ? null : <later.LanguageSwitch />}
      </span>
      {note === null ? null : (
        <p className="talk-tools-note" role="note">
          {note}
        </p>
      )}
    </nav>
  );
}
