// @vitest-environment jsdom
// What a speaker finding says and offers: the reason for each kind of check, and in review mode the fix
// the recording supports (split where it changes speaker, or reassign), which can be taken back.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SplitEdit } from '../../../../src/align/fix/index.ts';
import type { SpeakerIssue } from '../../../../src/align/types.ts';
import { SpeakerFinding } from '../../../../src/ui/viewer/alignment/review/speaker-finding.tsx';
import { reasonText } from '../../../../src/ui/viewer/alignment/speaker-check-marker.tsx';

afterEach(cleanup);

const change: SpeakerIssue = {
  turn: 4,
  line: 30,
  time: 95,
  reason: 'speaker-change',
  context: 'that is all | Early on we',
  change: { kind: 'split', atWord: 12, firstSpeaker: 'Lex Fridman', restSpeaker: 'Ilya Sutskever' },
};
const split: SplitEdit = { kind: 'split', id: 'split-4-12', turn: 4, line: 30, atWord: 12, firstSpeaker: 'Lex Fridman', restSpeaker: 'Ilya Sutskever', time: 95 };

describe('speaker check reasons', () => {
  it('says how many words into the turn the recording changes speaker', () => {
    expect(reasonText(change)).toBe('The recording changes speaker 12 words into this turn, from Lex Fridman to Ilya Sutskever: "that is all | Early on we".');
    expect(reasonText({ ...change, change: { ...split, kind: 'split', atWord: 1 } })).toMatch(/changes speaker 1 word into this turn/);
    expect(reasonText({ ...change, change: undefined } as SpeakerIssue)).toBe('The recording changes speaker inside this turn: "that is all | Early on we".');
    expect(reasonText({ ...change, reason: 'caption-speaker', context: 'Ada', change: { kind: 'reassign', to: 'Ada' } })).toBe('The captions give most of this turn to Ada.');
  });
});

describe('SpeakerFinding', () => {
  it('offers the split, and once decided a chip that takes the decision back', () => {
    const onDecide = vi.fn();
    const { rerender } = render(<SpeakerFinding issue={change} edit={split} decision={undefined} onDecide={onDecide} />);
    expect(screen.getByText('check who speaks here').getAttribute('title')).toMatch(/^The recording changes speaker 12 words into this turn/);
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
