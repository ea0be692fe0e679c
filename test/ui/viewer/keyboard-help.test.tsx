// @vitest-environment jsdom
/**
 * The shortcuts dialog lists the keys from its own module (the first page does not carry the help's text):
 * every key it lists must be one the handlers answer, each with its own action.
 */
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isSearchShortcut } from '../../../src/ui/viewer/search/use-search-shortcut.ts';
import { SEARCH_SHORTCUTS, SHORTCUTS } from '../../../src/ui/viewer/shortcuts-dialog.tsx';
import { type ShortcutActions, useKeyboardShortcuts } from '../../../src/ui/viewer/use-keyboard-shortcuts.ts';

afterEach(cleanup);

/** A key as the help names it, as a keydown event's fields. */
function pressOf(name: string): { key: string; ctrlKey?: boolean; shiftKey?: boolean } {
  if (name === 'Space') return { key: ' ' };
  if (name === '↑') return { key: 'ArrowUp' };
  if (name === '↓') return { key: 'ArrowDown' };
  if (name.startsWith('Ctrl+')) return { key: name.slice('Ctrl+'.length).toLowerCase(), ctrlKey: true };
  if (name.startsWith('Shift+')) return { key: name.slice('Shift+'.length), shiftKey: true };
  return { key: name };
}

function Keys({ actions }: { actions: ShortcutActions }) {
  useKeyboardShortcuts(actions);
  return null;
}

describe('the shortcuts the dialog lists', () => {
  it('are answered by the viewer’s keys, each listed entry by one action (Tab is the browser’s own)', () => {
    const actions: ShortcutActions = { togglePlay: vi.fn(), skip: vi.fn(), stepTurn: vi.fn(), toggleHelp: vi.fn(), closeHelp: vi.fn() };
    render(<Keys actions={actions} />);
    const calls = (): string[] => Object.entries(actions).flatMap(([name, action]) => (vi.mocked(action).mock.calls.length > 0 ? [name] : []));
    const answered = new Set<string>();
    for (const { keys, action } of SHORTCUTS) {
      if (keys.includes('Tab')) continue;
      for (const name of keys) {
        vi.clearAllMocks();
        fireEvent.keyDown(document.body, pressOf(name));
        expect(calls(), `${name} (${action})`).toHaveLength(1);
        answered.add(calls()[0]!);
      }
    }
    // Every action has its line, but closing the help: Escape, as for any dialog.
    expect([...answered].sort()).toEqual(['skip', 'stepTurn', 'toggleHelp', 'togglePlay']);
  });

  it('for the search, head for the box (its own keys are the panel’s: see search-panel.test.tsx)', () => {
    const names = SEARCH_SHORTCUTS.filter((shortcut) => !shortcut.action.startsWith('In the search box')).flatMap((shortcut) => shortcut.keys);
    expect(names).toEqual(['/', 'Ctrl+F']);
    for (const name of names) expect(isSearchShortcut({ altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...pressOf(name) }), name).toBe(true);
  });
});
