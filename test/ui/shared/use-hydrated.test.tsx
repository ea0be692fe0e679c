// @vitest-environment jsdom
// What only the browser knows (here, the page's own address in the embed snippet) is absent from the
// build's markup and while hydrating, so React takes the markup over cleanly, and shows right after.
import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, vi } from 'vitest';
import { EmbedSnippetPanel } from '../../../src/ui/embed/embed-snippet-panel.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const snippet = <EmbedSnippetPanel slug="bridge-design" title="Bridge design" root="../../" />;
const code = (container: HTMLElement): string => container.querySelector('textarea')!.value;

afterEach(() => {
  document.body.innerHTML = '';
});

it('hydrates the build’s empty snippet without a mismatch, then fills in the page’s address', async () => {
  const container = document.createElement('div');
  container.innerHTML = renderToString(snippet);
  document.body.append(container);
  expect(code(container)).toBe('');
  const recoverable = vi.fn();
  await act(async () => {
    hydrateRoot(container, snippet, { onRecoverableError: recoverable });
  });
  expect(recoverable).not.toHaveBeenCalled();
  expect(code(container)).toContain(`src="${new URL('../../embed/bridge-design/', window.location.href).href}"`);
});

it('shows the address at once when the page is rendered afresh', () => {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(snippet));
  expect(code(container)).toContain('embed/bridge-design/');
});
