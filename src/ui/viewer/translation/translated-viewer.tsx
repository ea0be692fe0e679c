/**
 * A talk with translations (see `src/library/translations.ts`): the language control above the talk, and
 * the viewer showing what it and the address (`?lang=ru`, `?lang=en,ru`) ask for. One language is the
 * viewer as ever, over the talk or over a translation read as a talk (so following, search, quotes and
 * links work on the translation's own turns and times); two are the talk's transcript and a translation side
 * by side (`ParallelTranscript`), the search looking through both.
 *
 * The viewer stays one element whatever is shown, so its player plays on through a change of language. The
 * choice is written to the address (`?lang=`), so a link or a quote copied from the page keeps it.
 * Its own chunk: a talk in one language never loads it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { TranslationSibling } from '../../../library/manifest.ts';
import { asTranslation } from '../../../library/translations.ts';
import type { TranslationBasis } from '../../../page/page-data.ts';
import { decodeText } from '../../../transcript/decode-text.ts';
import { talkLanguage } from '../../../transcript/language.ts';
import type { Diagnostic, Talk } from '../../../transcript/types.ts';
import { useHydrated } from '../../shared/use-hydrated.ts';
import { TalkViewer, type TalkViewerProps } from '../talk-viewer.tsx';
import { buildTalkViewModel, type TalkViewModel } from '../talk-view-model.ts';
import { ParallelTranscript } from './parallel-transcript.tsx';
import { addressWithLanguages, shownLanguages } from './shown-languages.ts';
import { languageName } from './translation-words.ts';
import { useT } from '../../shared/i18n.tsx';
import './translation.css';

export interface TranslatedViewerProps extends TalkViewerProps {
  /** The talk's other languages, one file each. */
  translations: readonly TranslationSibling[];
  /** The language the page's address names (`talks/<slug>/ru/` on the dev server): shown when `?lang=` names none. */
  pageLang?: string | undefined;
  /** On a translation's page: its language and the talk it translates, whose title, video and chapters it shows. */
  translationOf?: { lang: string; original: TranslationBasis } | undefined;
}

type TranslationLoad = { ok: true; talk: Talk; diagnostics: Diagnostic[] } | { ok: false; reason: string };

/** Fetches and reads a translation's file; never rejects. */
async function loadTranslation(file: TranslationSibling): Promise<TranslationLoad> {
  try {
    const response = await fetch(file.url);
    if (!response.ok) return { ok: false, reason: `the server answered HTTP ${response.status}` };
    const decoded = decodeText(new Uint8Array(await response.arrayBuffer()));
    if (decoded.text === null) return { ok: false, reason: decoded.diagnostics[0]?.message ?? 'the file is not text' };
    const { readTalk } = await import('../../../transcript/formats/read-talk.ts');
    const result = readTalk(decoded.text, file.fileName);
    if (result.talk === null) return { ok: false, reason: result.diagnostics[0]?.message ?? 'the file is not a talk' };
    return { ok: true, talk: result.talk, diagnostics: result.diagnostics };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The search's talk for two languages: the talk's turns, then the translation's, each seeking to its own time. */
function searchModelOf(own: TalkViewModel, other: TalkViewModel): TalkViewModel {
  const shift = own.talk.turns.length;
  const talk: Talk = { ...own.talk, turns: [...own.talk.turns, ...other.talk.turns.map((turn) => ({ ...turn, index: turn.index + shift }))] };
  return { ...buildTalkViewModel(talk), seekTimes: [...own.seekTimes, ...other.seekTimes] };
}

export function TranslatedViewer({ translations, translationOf, pageLang, ...given }: TranslatedViewerProps) {
  const t = useT();
  // A translation's page reads its file as it is: shown as a translation of the talk, as the build drew it.
  const talk = useMemo(
    () => (translationOf === undefined ? given.talk : asTranslation(given.talk, translationOf.original, translationOf.lang)),
    [given.talk, translationOf],
  );
  const props = { ...given, talk };
  const own = talkLanguage(talk);
  const languages = useMemo(() => [own, ...translations.map((file) => file.lang).filter((lang) => lang !== own)], [own, translations]);
  // The address is read once the page is the browser's: the build drew the page's own language (see `useHydrated`).
  const hydrated = useHydrated();
  const search = hydrated ? (props.location ?? window.location).search : '';
  // What the page shows when the address asks nothing: the language its path names, else the talk's.
  const home = pageLang !== undefined && languages.includes(pageLang) ? pageLang : own;
  const asked = useMemo(() => shownLanguages(search, languages, home), [search, languages, home]);
  const [chosen, setChosen] = useState<{ from: readonly string[]; shown: string[] } | null>(null);
  // A new address (the page taking the build's markup over reads its own) overrides a choice made before it.
  const shown = chosen !== null && chosen.from === asked ? chosen.shown : asked;
  const other = shown.find((lang) => lang !== own) ?? null;
  const otherFile = translations.find((file) => file.lang === other);

  const [loads, setLoads] = useState<ReadonlyMap<string, TranslationLoad>>(new Map());
  useEffect(() => {
    if (otherFile === undefined || loads.has(otherFile.lang)) return;
    let live = true;
    void loadTranslation(otherFile).then((load) => {
      if (live) setLoads((known) => new Map(known).set(otherFile.lang, load));
    });
    return () => {
      live = false;
    };
  }, [otherFile, loads]);

  const load = other === null ? undefined : loads.get(other);
  const translated = useMemo(() => (load?.ok === true && other !== null ? asTranslation(load.talk, talk, other) : null), [load, talk, other]);
  const translatedModel = useMemo(() => (translated === null ? null : buildTalkViewModel(translated)), [translated]);
  const ownModel = useMemo(() => buildTalkViewModel(talk), [talk]);
  const searchModel = useMemo(
    () => (translatedModel === null || shown.length < 2 ? undefined : searchModelOf(ownModel, translatedModel)),
    [ownModel, translatedModel, shown.length],
  );

  const choose = (next: string[]) => {
    setChosen({ from: asked, shown: next });
    window.history.replaceState(window.history.state, '', addressWithLanguages(window.location.href, next, home));
  };
  const status =
    other === null || otherFile === undefined ? null : load === undefined ? (
      <p className="language-status" role="status">
        {t('Loading {language}…', { language: languageName(other) })}
      </p>
    ) : load.ok ? null : (
      <p className="language-status" role="alert">
        {t('{language} cannot be shown: {reason}', { language: languageName(other), reason: load.reason })}
      </p>
    );
  const tools = (
    <>
      {props.tools}
      <LanguageControl languages={languages} shown={shown} onChoose={choose} />
      {status}
    </>
  );

  if (translated !== null && translatedModel !== null && other !== null && otherFile !== undefined && load?.ok === true) {
    if (shown.length === 1) {
      return <TalkViewer {...props} talk={translated} fileName={otherFile.fileName} diagnostics={load.diagnostics} alignment={null} tools={tools} />;
    }
    return (
      <TalkViewer
        {...props}
        tools={tools}
        searchModel={searchModel}
        beside={{ View: ParallelTranscript, ownLang: own, otherLang: other, other: translatedModel, ownFirst: shown[0] === own }}
      />
    );
  }
  return <TalkViewer {...props} tools={tools} />;
}

/**
 * One button per language, and one per pair with the talk's own language (side by side); the one shown is
 * pressed. With more than one translation, each pairs with the talk's language.
 */
function LanguageControl({ languages, shown, onChoose }: { languages: readonly string[]; shown: readonly string[]; onChoose: (shown: string[]) => void }) {
  const t = useT();
  const [own, ...others] = languages as [string, ...string[]];
  const choices: string[][] = [...languages.map((lang) => [lang]), ...others.map((lang) => [own, lang])];
  const pressed = (choice: readonly string[]) => choice.length === shown.length && choice.every((lang) => shown.includes(lang));
  return (
    <div className="language-control" role="group" aria-label={t('Transcript language')}>
      {choices.map((choice) => (
        <button
          key={choice.join(',')}
          type="button"
          className="language-choice"
          aria-pressed={pressed(choice)}
          data-lang={choice.join(',')}
          lang={choice.length === 1 ? choice[0] : undefined}
          onClick={() => onChoose(pressed(choice) ? shown.slice() : choice)}
        >
          {choice.length === 1 ? languageName(choice[0]!) : `${languageName(choice[0]!)} + ${languageName(choice[1]!)}`}
        </button>
      ))}
    </div>
  );
}
