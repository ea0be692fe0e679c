/**
 * The panel of "Embed" (`embed-snippet.tsx`): the snippet that puts this talk's compact page in someone
 * else's post. The address is made absolute from the page's own, so it is only known in the browser
 * (after mount: a page rendered by the build cannot know where it will be served).
 */
import { useState } from 'react';
import { embedPath } from '../../library/routes.ts';
import { useHydrated } from '../shared/use-hydrated.ts';
import { embedSnippet } from './embed-snippet.ts';
import './embed-snippet.css';
import { useT } from '../shared/i18n.tsx';

export interface EmbedSnippetPanelProps {
  slug: string;
  title: string;
  /** The site's root, relative to this page (`''` or `../../`). */
  root: string;
}

export function EmbedSnippetPanel({ slug, title, root }: EmbedSnippetPanelProps) {
  // The page's own address is known only in the browser: empty in the build's markup and while hydrating.
  const snippet = useHydrated() ? embedSnippet(new URL(`${root}${embedPath(slug)}`, window.location.href).href, title) : '';
  const [copied, setCopied] = useState(false);
  const t = useT();

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      // No clipboard (permissions, insecure origin): the text is selected for the reader to copy.
      document.querySelector<HTMLTextAreaElement>('.embed-snippet-code')?.select();
    }
  };

  return (
    <>
      <label className="embed-snippet">
        <span>{t('Paste into a post or page:')}</span>
        <textarea className="embed-snippet-code" readOnly rows={5} value={snippet} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <button type="button" className="tool-button" onClick={() => void copy()}>
        {copied ? t('Copied') : t('Copy the snippet')}
      </button>
    </>
  );
}
