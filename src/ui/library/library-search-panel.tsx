import { memo, useId } from 'react';
import type { LibraryGroup } from '../../library/library-search.ts';
import { talkHref } from '../../library/routes.ts';
import { formatClock } from '../../transcript/time/clock.ts';
import { highlightText } from '../viewer/search/highlight-text.tsx';
import { followLink } from '../shared/navigation.ts';
import type { IndexProgress, LibraryAnswer, LibrarySearch } from './use-library-search.ts';
import type { Translate } from '../../i18n/translate.ts';
import { useT } from '../shared/i18n.tsx';

/** Same talk, same hits, same query: partial answers of one query resend groups that did not change. */
function sameGroup(a: { group: LibraryGroup; query: string }, b: { group: LibraryGroup; query: string }): boolean {
  const [x, y] = [a.group, b.group];
  return (
    a.query === b.query &&
    x.slug === y.slug &&
    x.count === y.count &&
    x.hits.length === y.hits.length &&
    x.hits.every((hit, i) => hit.turnIndex === y.hits[i]!.turnIndex && hit.snippet === y.hits[i]!.snippet && hit.ranges.join() === y.hits[i]!.ranges.join())
  );
}

/** One talk's results; its links carry the query, so the talk opens with the same words marked. */
const ResultGroup = memo(function ResultGroup({ group, query }: { group: LibraryGroup; query: string }) {
  const more = group.count - group.hits.length;
  const t = useT();
  return (
    <li className="library-result" data-slug={group.slug}>
      {/* The groups sit right under the page's h1 (the list of talks they replace is h2 too). */}
      <h2 className="library-result-title">
        <a href={talkHref(group.slug, undefined, '', query)} onClick={followLink}>
          {group.title}
        </a>{' '}
        <span className="library-result-count">{t('{count} match|{count} matches', { count: group.count })}</span>
      </h2>
      <ol className="library-hits">
        {group.hits.map((hit) => (
          <li key={hit.turnIndex}>
            <a
              className="library-hit"
              href={`${talkHref(group.slug, hit.time, '', query)}${hit.lang === undefined ? '' : `&lang=${hit.lang}`}`}
              onClick={followLink}
              data-time={hit.time}
            >
              {/* Spaces between the parts: the grid ignores them, the link's accessible name needs them. */}
              <span className="library-hit-time">{formatClock(hit.time)}</span>{' '}
              {hit.speaker === null ? null : <span className="library-hit-speaker">{hit.speaker}</span>}{' '}
              <span className="library-hit-snippet" lang={hit.lang}>
                {highlightText(hit.snippet, hit.ranges, { className: 'search-mark' })}
              </span>
            </a>
          </li>
        ))}
      </ol>
      {more > 0 ? <p className="library-result-more">{t('and {count} more turn in this talk|and {count} more turns in this talk', { count: more })}</p> : null}
    </li>
  );
}, sameGroup);

function statusLine(answer: LibraryAnswer | null, progress: IndexProgress | null, query: string, t: Translate): string {
  if (query.trim() === '') {
    if (progress !== null && progress.indexed + progress.failed < progress.total)
      return t('Reading talks: {number} of {count}…', { number: progress.indexed, count: progress.total });
    return '';
  }
  if (answer === null) return t('Searching…');
  const { talkCount } = answer.results;
  const found = talkCount === 0 ? t('No talk matches') : t('{count} talk matches|{count} talks match', { count: talkCount });
  if (answer.complete) return found;
  return answer.searched < answer.total
    ? t('{found} so far (searched {number} of {count} talks)…', { found, number: answer.searched, count: answer.total })
    : t('{found}, gathering the best…', { found });
}

export interface LibrarySearchPanelProps {
  search: LibrarySearch;
}

/**
 * The search box of the home page and its results, grouped by talk: each hit links to its talk at the
 * moment it is spoken. A built library reads its static search index; otherwise the talks are fetched and
 * indexed (in a worker) when the box is first focused.
 */
export function LibrarySearchPanel({ search }: LibrarySearchPanelProps) {
  const inputId = useId();
  const statusId = useId();
  const { answer, progress, query } = search;
  const t = useT();
  const status = statusLine(answer, progress, query, t);
  return (
    <section
      className="library-search"
      role="search"
      aria-label={t('Search every talk')}
      // Where indexing stands, for tests and the benchmark to wait on.
      data-indexed={progress === null ? undefined : progress.indexed + progress.failed}
      data-total={progress?.total}
    >
      <label className="visually-hidden" htmlFor={inputId}>
        {t('Search every talk')}
      </label>
      <input
        id={inputId}
        type="search"
        className="library-search-input"
        placeholder={t('Search every talk')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={search.start}
        onChange={(event) => search.setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') search.setQuery('');
        }}
        aria-describedby={statusId}
      />
      <p id={statusId} className="library-search-status" role="status">
        {status}
      </p>
      {answer === null || query.trim() === '' ? null : (
        <ol className="library-results" data-query={answer.results.query} data-complete={answer.complete} aria-label={t('Results by talk')}>
          {answer.results.groups.map((group) => (
            <ResultGroup key={group.slug} group={group} query={answer.results.query} />
          ))}
        </ol>
      )}
      {answer !== null && query.trim() !== '' && answer.results.talkCount > answer.results.groups.length ? (
        <p className="library-result-more">
          The {answer.results.groups.length} best of {answer.results.talkCount} talks are shown; add words to narrow the search.
        </p>
      ) : null}
    </section>
  );
}
