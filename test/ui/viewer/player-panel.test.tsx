// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { PlayerPanel, preloadPlayerNotes } from '../../../src/ui/viewer/player/player-panel.tsx';

// The failure notes load when first shown; here the player fails at once.
beforeAll(() => preloadPlayerNotes());
afterEach(cleanup);

function renderPanel(videoId: string | null, adapter = createPlayerAdapter()) {
  render(<PlayerPanel adapter={adapter} videoId={videoId} startAt={0} talkTitle="A talk" momentSeconds={278} chapter={null} onShowShortcuts={() => {}} />);
  return adapter;
}

describe('PlayerPanel', () => {
  it.each(['x"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '13CZPWmke6A&list=1', '13CZPWmke6'])(
    'builds no player and no link from an id that is not a YouTube id: %s',
    (videoId) => {
      renderPanel(videoId);
      expect(screen.getByText("This talk's video id is not valid.")).toBeTruthy();
      expect(document.querySelector('.player-frame')).toBeNull();
      expect(document.querySelectorAll('iframe, img, a[href], script')).toHaveLength(0);
    },
  );

  it('offers the watch link at the moment when a valid video fails', () => {
    const adapter = renderPanel('13CZPWmke6A');
    act(() => adapter.fail({ kind: 'player', code: 150 }));
    expect(screen.getByRole('alert').textContent).toContain('error 150');
    expect(screen.getByRole('link', { name: 'Watch on YouTube at this moment' }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=278s');
  });
});
