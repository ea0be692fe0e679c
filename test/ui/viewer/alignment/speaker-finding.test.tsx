// @vitest-environment jsdom
// What a speaker finding says and offers: the reason for each kind of check, and in review mode the fix
// the recording supports (split where it changes speaker, or reassign), which can be taken back.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SplitEdit } from '../../../../src/align/fix/index.ts';
import type { SpeakerIssue } from '../../../../src/align/types.ts';
import { SpeakerFinding } from '../../../../src/ui/viewer/alignment/review/speaker-finding.tsx';
import { SpeakerCheckMarker, pauseWords, reasonText } from '../../../../src/ui/viewer/alignment/speaker-check-marker.tsx';

afterEach(cleanup);

const change: SpeakerIssue = {
  turn: 4,
  line: 30,
  time: 95,
  reason: 'speaker-change',
  context: 'that is all | Early on we',
  change: { kind: 'split', atWord: 12, firstSpeaker: 'Lex Fridman', restSpeaker: 'Ilya Sutskever' },
};
const split: SplitEdit = {
  kind: 'split',
  id: 'split-4-12',
  turn: 4,
  line: 30,
  atWord: 12,
  firstSpeaker: 'Lex Fridman',
  restSpeaker: 'Ilya Sutskever',
  time: 95,
};

describe('speaker check reasons', () => {
  it('says how many words into the turn the recording changes speaker', () => {
    expect(reasonText(change)).toBe('The recording changes speaker 12 words into this turn, from Lex Fridman to Ilya Sutskever: "that is all | Early on we".');
    expect(reasonText({ ...change, change: { ...split, kind: 'split', atWord: 1 } })).toMatch(/changes speaker 1 word into this turn/);
    expect(reasonText({ ...change, change: undefined } as SpeakerIssue)).toBe('The recording changes speaker inside this turn: "that is all | Early on we".');
    expect(reasonText({ ...change, reason: 'caption-speaker', context: 'Ada', change: { kind: 'reassign', to: 'Ada' } })).toBe(
      'The captions give most of this turn to Ada.',
    );
  });

  it('tells pauses in words, not tenths of seconds', () => {
    const pause: SpeakerIssue = {
      turn: 4,
      line: 30,
      time: 95,
      reason: 'longer-pause',
      context: 'enough compute | alex wrote',
      pause: { here: 0.7, nearby: 1.9, where: 'after' },
    };
    const text = reasonText(pause);
    expect(text).toBe(
      'The recording runs on where this turn starts (a pause of less than a second), but a sentence later it pauses for about 2 seconds, where a new speaker more likely starts: "enough compute | alex wrote".',
    );
    expect(text).not.toMatch(/\d\.\d/);
    expect([0.2, 1, 1.4, 2.6].map((seconds) => pauseWords(seconds))).toEqual(['less than a second', 'about a second', 'about a second', 'about 3 seconds']);
  });
});

describe('SpeakerCheckMarker', () => {
  it('opens its reason and what to do on a press (tap, Enter, Space), offers the moment to listen to, and closes on Escape', () => {
    const onPlay = vi.fn();
    render(<SpeakerCheckMarker issue={change} onPlay={onPlay} />);
    const toggle = screen.getByRole('button', { name: 'check who speaks here' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const note = screen.getByRole('note');
    expect(toggle.getAttribute('aria-controls')).toBe(note.id);
    expect(note.textContent).toMatch(/^The recording changes speaker 12 words into this turn, from Lex Fridman to Ilya Sutskever/);
    expect(note.textContent).toContain('The | marks where the recording changes speaker.');
    expect(note.textContent).toContain('change the speaker in the talk file');
    fireEvent.click(screen.getByRole('button', { name: 'Listen from 1:32' }));
    expect(onPlay).toHaveBeenCalledWith(92, 99);
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(screen.queryByRole('note')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});

describe('SpeakerFinding', () => {
  it('offers the split, and once decided a chip that takes the decision back', () => {
    const onDecide = vi.fn();
    const { rerender } = render(<SpeakerFinding issue={change} edit={split} decision={undefined} onDecide={onDecide} />);
    fireEvent.click(screen.getByRole('button', { name: 'check who speaks here' }));
    expect(screen.getByRole('note').textContent).toMatch(/^The recording changes speaker 12 words into this turn/);
    // In review mode the note points to the fix beside it.
    expect(screen.getByRole('note').textContent).toContain('take the fix below or dismiss the check');
    fireEvent.click(screen.getByRole('button', { name: 'Split: give the rest to Ilya Sutskever' }));
    expect(onDecide).toHaveBeenLastCalledWith('split-4-12', 'accepted');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the speaker check' }));
    expect(onDecide).toHaveBeenLastCalledWith('split-4-12', 'dismissed');

    rerender(<SpeakerFinding issue={change} edit={split} decision="accepted" onDecide={onDecide} />);
    expect(screen.queryByText('check who speaks here')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^split at word 13: the rest is Ilya Sutskever’s; take back$/ }));
    expect(onDecide).toHaveBeenLastCalledWith('split-4-12', null);
  });
});
