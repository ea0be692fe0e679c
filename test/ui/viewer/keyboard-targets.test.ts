// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget } from '../../../src/ui/viewer/use-keyboard-shortcuts.ts';

function element(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild as HTMLElement;
}

describe('isTypingTarget', () => {
  it.each(['<input>', '<input type="search">', '<textarea></textarea>', '<select></select>'])('treats %s as a text field', (html) => {
    expect(isTypingTarget(element(html))).toBe(true);
  });

  it('treats contenteditable as a text field', () => {
    const editable = element('<div contenteditable="true"></div>');
    // jsdom does not compute isContentEditable; the browser does.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTypingTarget(editable)).toBe(true);
  });

  it.each(['<button>x</button>', '<input type="checkbox">', '<article tabindex="0"></article>', '<a href="#">x</a>'])('lets shortcuts through on %s', (html) => {
    expect(isTypingTarget(element(html))).toBe(false);
  });

  it('ignores non-elements', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});
