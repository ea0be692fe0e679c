/**
 * The bar above a talk: back to the library (when there is one), open a file of your own, recent files,
 * export. Part of the first page, so it holds no reader or exporter code: those load on first use.
 */
import { type ComponentType, type ReactNode, useEffect, useState } from 'react';
import type { Talk } from '../../transcript/types.ts';
import { CheckCaptionsButton } from './check-captions-button.tsx';
import { ExportMenu } from './export-menu.tsx';
import { followLink } from '../app/navigation.ts';
import { OpenFileButton } from './open-file-button.tsx';
import '../shared/buttons.css';
import './tools.css';

/** Where "back" goes from a talk: the library, or the site's one talk from an opened file. */
export interface HomeLink {
  href: string;
  label: string;
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

/**
 * "Recent files", fetched after the page is drawn with the store it reads: it shows only once the
 * browser's list is read (never in the build's markup), so neither is part of the first page's script.
 */
function RecentMenuSlot() {
  const [Menu, setMenu] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    import('./recent-menu.tsx').then(
      (module) => {
        if (live) setMenu(() => module.RecentMenu);
      },
      // Without its code the menu stays hidden, as for a reader who never opened a file.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return Menu === null ? null : <Menu />;
}

/** The bar above a talk; see the module comment. */
export function TalkTools({ talk, fileName, home, note = null, extra = null }: TalkToolsProps) {
  return (
    <nav className="talk-tools" aria-label="Talks and files">
      {home === null ? null : (
        <a className="tool-back" href={home.href} onClick={followLink}>
          <span aria-hidden="true">← </span>
          {home.label}
        </a>
      )}
      <span className="talk-tools-actions">
        <OpenFileButton />
        <RecentMenuSlot />
        {talk === null ? null : <CheckCaptionsButton />}
        {talk === null ? null : <ExportMenu talk={talk} fileName={fileName} />}
        {extra}
      </span>
      {note === null ? null : (
        <p className="talk-tools-note" role="note">
          {note}
        </p>
      )}
    </nav>
  );
}
