// @vitest-environment jsdom
// Review mode in Russian: the page shown in Russian (the language provider with the Russian catalog, the
// reader's choice remembered so the page stays in it) says review mode's words in Russian too: the review
// panel and its count, a restore chip, a speaker finding and its "Why?" note, the coverage line, with
// Russian's plural forms (1 слово, 3 слова, 5 слов).
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { alignTalk } from '../../../../src/align/align-talk.ts';
import type { FixEdit, RestoreEdit, RetimeEdit } from '../../../../src/align/fix/index.ts';
import type { SpeakerIssue } from '../../../../src/align/types.ts';
import { ru } from '../../../fixtures/catalogs.ts';
import { createPlayerAdapter } from '../../../../src/player/player-adapter.ts';
import { LanguageProvider } from '../../../../src/ui/shared/i18n.tsx';
import { AlignmentBar } from '../../../../src/ui/viewer/alignment/alignment-bar.tsx';
import { type AlignmentView, buildAlignmentView } from '../../../../src/ui/viewer/alignment/alignment-view.ts';
import { type CaptionCheck, CaptionCheckContext } from '../../../../src/ui/viewer/alignment/review/caption-check.ts';
import { INITIAL_REVIEW } from '../../../../src/ui/viewer/alignment/review/review-state.ts';
import { ReviewPanel } from '../../../../src/ui/viewer/alignment/review/review-panel.tsx';
import { preloadAlignmentDisplay } from '../../../../src/ui/viewer/alignment/lazy-alignment-layer.ts';
import { SpeakerCheckMarker } from '../../../../src/ui/viewer/alignment/speaker-check-marker.tsx';
import { preloadReviewMode } from '../../../../src/ui/viewer/alignment/use-alignment-display.tsx';
import { TalkViewer } from '../../../../src/ui/viewer/talk-viewer.tsx';
import { captions, EDITED } from '../../../fixtures/review-case.ts';
import { SAMPLE_MARKDOWN, sampleTalk } from '../../../fixtures/sample-talk.ts';

const RUSSIAN = { lang: 'ru', catalog: ru };

/** `node` on a page shown in Russian. */
const inRussian = (node: ReactNode) => <LanguageProvider initial={RUSSIAN}>{node}</LanguageProvider>;

// The same case as review-mode.test.tsx (`test/fixtures/review-case.ts`).

beforeAll(() => Promise.all([preloadReviewMode(), preloadAlignmentDisplay()]));

beforeEach(() => {
  // The reader chose Russian: the provider then stays in it rather than turning to jsdom's English.
  window.localStorage.setItem('talkline:language', 'ru');
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const restore = (n: number, passage: RestoreEdit['passage'] = 'content'): RestoreEdit => ({
  kind: 'restore',
  id: `restore-${n}`,
  turn: n,
  line: 10 + n,
  beforeWord: 0,
  text: 'Слова.',
  words: ['Слова.'],
  start: 60 * n + 5,
  end: 60 * n + 7,
  passage,
  why: passage === 'disfluency' ? 'repeat' : null,
});
const retime = (n: number, notable: boolean): RetimeEdit => ({
  kind: 'retime',
  id: `retime-${n}`,
  turn: n,
  line: 10 + n,
  from: 60,
  to: 70,
  drift: 10,
  notable,
});

function renderPanel(edits: readonly FixEdit[]) {
  return render(
    inRussian(
      <ReviewPanel
        captionFile="talk.vtt"
        talk={sampleTalk(SAMPLE_MARKDOWN)}
        edits={edits}
        state={INITIAL_REVIEW}
        dispatch={() => undefined}
        sourceText={null}
        sourceEncoding="utf-8"
        fileName="talk.md"
        minDrift={2}
        onClose={() => undefined}
      />,
    ),
  );
}

const check = (sourceText: string): CaptionCheck => ({
  sourceText,
  sourceEncoding: 'utf-8',
  fileName: 'sample.md',
  attach: () => undefined,
  offered: null,
  answerOffer: () => undefined,
  attachError: null,
});

describe('review mode in Russian', () => {
  it('says the panel, a restore chip and a speaker finding in Russian, in the viewer', () => {
    const talk = sampleTalk(EDITED);
    const view = buildAlignmentView(talk, alignTalk(talk, captions), 'sample.vtt', null);
    render(
      inRussian(
        <CaptionCheckContext.Provider value={check(EDITED)}>
          <TalkViewer
            talk={view.talk}
            adapter={createPlayerAdapter()}
            location={{ search: '', hash: '' }}
            alignment={{ status: 'aligned', captionFile: 'sample.vtt', view }}
          />
        </CaptionCheckContext.Provider>,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Просмотреть 3 находки' }));

    const panel = screen.getByRole('region', { name: 'Проверка исправлений' });
    expect(within(panel).getByRole('heading').textContent).toBe('Проверка исправлений');
    expect(panel.querySelector('.review-count')!.textContent).toBe('Осталось просмотреть 3 из 3 находок');
    for (const name of ['Отменить', 'Повторить', 'Следующая находка', 'Готово', 'Взять время из записи', 'Оставить время расшифровки'])
      expect(within(panel).getByRole('button', { name })).toBeTruthy();
    expect(panel.textContent).toContain('1 отметка времени в расшифровке расходится с записью больше чем на 5 с или стоит не по порядку.');
    expect(panel.textContent).toContain('sample.md: 0 принятых изменений; всё остаётся в этом браузере.');
    // No English left in it but the file's name.
    expect(panel.textContent!.replace('sample.md', '')).not.toMatch(/[A-Za-z]{2,}/);

    // The skipped sentence, where it belongs, restored: a chip takes it back.
    const passage = document.querySelector('.turn[data-index="3"] .review-restore') as HTMLElement;
    expect(passage.textContent).toContain('Есть в записи, нет в расшифровке');
    fireEvent.click(within(passage).getByRole('button', { name: /^Восстановить отрывок на 2:0\d$/ }));
    const chip = within(passage).getByRole('button', { name: /^Отменить восстановление отрывка на 2:0\d$/ });
    expect(chip.textContent).toBe('восстановлено · отменить');
    expect(panel.querySelector('.review-count')!.textContent).toBe('Осталось просмотреть 2 из 3 находок');
    expect(panel.textContent).toContain('sample.md: 1 принятое изменение; всё остаётся в этом браузере.');

    // The speaker finding: its marker's "Why?" and note, the fix, and the chip once taken.
    const speaker = document.querySelector('.turn[data-index="2"] .review-speaker') as HTMLElement;
    const marker = within(speaker).getByRole('button', { name: 'проверьте, кто говорит' });
    expect(marker.title).toBe('Почему? (причина и что делать)');
    fireEvent.click(marker);
    expect(marker.title).toBe('Скрыть пояснение');
    const note = within(speaker).getByRole('note').textContent!;
    expect(note).toContain('По субтитрам большую часть этой реплики говорит Ada.');
    expect(note).toContain('Послушайте это место, затем примите исправление ниже или отклоните проверку.');
    expect(within(speaker).getByRole('group', { name: 'Кто здесь говорит' })).toBeTruthy();
    fireEvent.click(within(speaker).getByRole('button', { name: 'Сменить говорящего: Ada' }));
    expect(within(speaker).getByRole('button', { name: 'теперь говорит Ada; отменить' }).textContent).toBe('теперь говорит Ada · отменить');
    expect(panel.querySelector('.review-count')!.textContent).toBe('Осталось просмотреть 1 из 3 находок');
  });

  it('counts findings with Russian’s forms: 1 находки, 3 находок, 5 находок', () => {
    const counts = [1, 3, 5].map((n) => {
      const { unmount } = renderPanel(Array.from({ length: n }, (_, k) => restore(k)));
      const text = document.querySelector('.review-count')!.textContent;
      unmount();
      return text;
    });
    expect(counts).toEqual(['Осталось просмотреть 1 из 1 находки', 'Осталось просмотреть 3 из 3 находок', 'Осталось просмотреть 5 из 5 находок']);
  });

  it('says the left-out passages, the stamps and why nothing can be written in Russian', () => {
    const leftOut = [1, 3, 5].map((n) => {
      const { unmount } = renderPanel([restore(0), ...Array.from({ length: n }, (_, k) => restore(k + 1, 'disfluency'))]);
      const text = document.querySelector('.review-left-out-note')!.textContent;
      unmount();
      return text!.slice(0, text!.indexOf(','));
    });
    expect(leftOut).toEqual(['1 отрывок записи пропущен', '3 отрывка записи пропущены', '5 отрывков записи пропущены']);

    renderPanel([restore(0), retime(1, false), retime(2, false), retime(3, true)]);
    expect(screen.getByText('3 отметки времени в расшифровке расходятся с записью, из них 1 — больше чем на 2 с или не по порядку.')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe(
      'Не удаётся записать исправленную расшифровку: текста файла выступления нет на этой странице; перезагрузите её, чтобы скачать исправленную копию.',
    );
    expect((screen.getByRole('button', { name: 'Скачать исправленную расшифровку' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('explains a speaker check in Russian, with the number of words in its forms', () => {
    const issue = (atWord: number): SpeakerIssue => ({
      turn: 4,
      line: 30,
      time: 95,
      reason: 'speaker-change',
      context: 'вот и всё | В начале мы',
      change: { kind: 'split', atWord, firstSpeaker: 'Ada', restSpeaker: 'Charles' },
    });
    const notes = [1, 3, 5].map((n) => {
      const { unmount } = render(inRussian(<SpeakerCheckMarker issue={issue(n)} onPlay={() => undefined} />));
      fireEvent.click(screen.getByRole('button', { name: 'проверьте, кто говорит' }));
      const text = screen.getByRole('note').textContent!;
      expect(screen.getByRole('button', { name: 'Слушать с 1:32' })).toBeTruthy();
      unmount();
      return text;
    });
    expect(notes[0]).toBe(
      'В записи после 1 слова этой реплики говорит уже не Ada, а Charles: «вот и всё | В начале мы». Знак | отмечает, где в записи меняется говорящий. ' +
        'Послушайте это место; если в расшифровке указан не тот человек, исправьте говорящего в файле выступления (исправление предложит просмотр находок).' +
        '▶ Слушать с 1:32',
    );
    expect(notes[1]).toMatch(/^В записи после 3 слов этой реплики/);
    expect(notes[2]).toMatch(/^В записи после 5 слов этой реплики/);

    const pause: SpeakerIssue = {
      turn: 4,
      line: 30,
      time: 95,
      reason: 'longer-pause',
      context: 'вот и всё | В начале',
      pause: { here: 0.4, nearby: 3.2, where: 'after' },
    };
    render(inRussian(<SpeakerCheckMarker issue={pause} />));
    fireEvent.click(screen.getByRole('button', { name: 'проверьте, кто говорит' }));
    expect(screen.getByRole('note').textContent).toMatch(
      /^Там, где начинается эта реплика, запись идёт почти без остановки \(пауза — меньше секунды\), а предложением позже пауза длится около 3 секунд,/,
    );
  });

  it('says which part of the talk the captions cover, and the way into review mode, in Russian', () => {
    const view = {
      captionFile: 'first-minutes.vtt',
      skippedCount: 5,
      warning: null,
      coverage: { start: 0, end: 298, outside: 'after' },
      edits: [],
    } as unknown as AlignmentView;
    render(
      inRussian(
        <AlignmentBar
          state={{ status: 'aligned', captionFile: 'first-minutes.vtt', view }}
          showSkipped
          onShowSkippedChange={() => undefined}
          review={{ active: false, findings: 5, onStart: () => undefined }}
        />,
      ),
    );
    const bar = screen.getByRole('status');
    expect(bar.querySelector('span')!.textContent).toBe(
      'Время сверено по словам с first-minutes.vtt. Субтитры охватывают только 0:00–4:58: реплики после этого отрезка сохраняют своё время и не проверялись.',
    );
    expect(screen.getByRole('button', { name: 'Просмотреть 5 находок' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Показать 5 отрывков, которые есть в записи, но не в расшифровке' })).toBeTruthy();
  });

  it('says why the captions could not be used, or cannot be trusted, in Russian', () => {
    const bar = (state: Parameters<typeof AlignmentBar>[0]['state']) => {
      const { unmount } = render(inRussian(<AlignmentBar state={state} showSkipped onShowSkippedChange={() => undefined} />));
      const text = screen.getByRole('status').textContent;
      unmount();
      return text;
    };
    expect(bar({ status: 'failed', captionFile: 'talk.vtt', cause: 'load', message: 'HTTP 404' })).toBe(
      'Файл субтитров не подошёл: не удалось загрузить talk.vtt (HTTP 404). Расшифровка сохраняет своё время.',
    );
    expect(bar({ status: 'failed', captionFile: 'talk.vtt', cause: 'aligner-not-loaded', message: 'offline' })).toBe(
      'Файл субтитров не подошёл: не удалось загрузить код сверки (offline); перезагрузите страницу. Расшифровка сохраняет своё время.',
    );
    const view = { captionFile: 'other.srt', skippedCount: 0, warning: { share: 12 }, coverage: null, edits: [] } as unknown as AlignmentView;
    expect(bar({ status: 'aligned', captionFile: 'other.srt', view })).toBe(
      'other.srt: в субтитрах есть лишь 12% слов выступления — проверьте, что это субтитры именно этой записи. Расшифровка сохраняет своё время.',
    );
  });
});
