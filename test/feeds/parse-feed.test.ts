import { describe, expect, it } from 'vitest';
import { parseFeed, readDuration, readPubDate } from '../../src/feeds/parse-feed.ts';
import { makeFeed } from '../fixtures/make-feed.ts';

function feedOf(text: string, base?: string) {
  const result = parseFeed(text, base);
  if (!result.ok) throw new Error(result.problem);
  return result.feed;
}

function problemOf(text: string): string {
  const result = parseFeed(text);
  if (result.ok) throw new Error('the feed was read');
  return result.problem;
}

describe('parseFeed', () => {
  it("reads the show and each episode's fields, transcripts and chapters", () => {
    const feed = feedOf(
      makeFeed({
        items: [
          {
            title: 'Fixing the Roof',
            guid: 'roof-3',
            pubDate: 'Tue, 07 Jan 2024 10:00:00 +0000',
            description: '<p>We fix the <b>roof</b>.</p>',
            enclosure: 'https://cdn.example.org/roof-3.mp3',
            duration: '1:02:03',
            season: '2',
            episode: '3',
            transcripts: [
              { url: 'https://example.org/roof-3.vtt', type: 'text/vtt', language: 'en-US' },
              { url: 'https://example.org/roof-3.json', type: 'application/json' },
            ],
            chapters: 'https://example.org/roof-3.chapters.json',
          },
        ],
      }),
    );
    expect(feed).toMatchObject({ title: 'The Roof Show', language: 'en-us', description: 'Two people fix a roof, one episode at a time.' });
    expect(feed.episodes).toEqual([
      {
        index: 0,
        line: 7,
        id: 'roof-3',
        guid: 'roof-3',
        title: 'Fixing the Roof',
        date: '2024-01-07',
        published: Date.UTC(2024, 0, 7, 10),
        description: '<p>We fix the <b>roof</b>.</p>',
        media: { url: 'https://cdn.example.org/roof-3.mp3', type: 'audio/mpeg' },
        duration: 3723,
        episode: '3',
        season: '2',
        transcripts: [
          { url: 'https://example.org/roof-3.vtt', type: 'text/vtt', language: 'en-us', rel: null },
          { url: 'https://example.org/roof-3.json', type: 'application/json', language: null, rel: null },
        ],
        chapters: 'https://example.org/roof-3.chapters.json',
      },
    ]);
  });

  it('decodes entities and character references, and reads CDATA as text', () => {
    const feed = feedOf(
      '<rss version="2.0"><channel><title>Tom &amp; Jerry&#8217;s &lt;show&gt;</title>' +
        '<item><title><![CDATA[Q&A <live> & more]]></title><guid>a&amp;b</guid><enclosure url="https://x.org/a.mp3?x=1&amp;y=2"/></item></channel></rss>',
    );
    expect(feed.title).toBe('Tom & Jerry’s <show>');
    expect(feed.episodes[0]).toMatchObject({ title: 'Q&A <live> & more', guid: 'a&b', media: { url: 'https://x.org/a.mp3?x=1&y=2' } });
  });

  it('finds the Podcasting 2.0 namespace by its URI, whatever prefix the feed binds it to', () => {
    const item = {
      title: 'One',
      guid: '1',
      transcripts: [{ url: 'https://example.org/1.srt', type: 'application/x-subrip' }],
      chapters: 'https://example.org/1.json',
    };
    for (const prefix of ['podcast', 'pc', 'p20']) {
      expect(feedOf(makeFeed({ prefix, items: [item] })).episodes[0]).toMatchObject({
        transcripts: [{ url: 'https://example.org/1.srt', type: 'application/x-subrip' }],
        chapters: 'https://example.org/1.json',
      });
    }
    // The prefix alone means nothing: `podcast:` bound to another namespace is not the podcast namespace.
    const impostor = makeFeed({ items: [item] }).replace(
      'xmlns:podcast="https://podcastindex.org/namespace/1.0"',
      'xmlns:podcast="https://example.org/not-podcasting"',
    );
    expect(feedOf(impostor).episodes[0]).toMatchObject({ transcripts: [], chapters: null });
    // A default namespace declaration on an element puts its children in that namespace.
    const scoped =
      '<rss><channel><item><title>x</title><transcript xmlns="https://podcastindex.org/namespace/1.0" url="https://e.org/x.vtt" type="text/vtt"/></item></channel></rss>';
    expect(feedOf(scoped).episodes[0]!.transcripts).toEqual([{ url: 'https://e.org/x.vtt', type: 'text/vtt', language: null, rel: null }]);
  });

  it("resolves relative addresses against the feed's own address", () => {
    const feed = feedOf(
      makeFeed({ items: [{ title: 'One', enclosure: '/audio/1.mp3', transcripts: [{ url: 't/1.vtt', type: 'text/vtt' }], chapters: '../c/1.json' }] }),
      'https://host.example/shows/feed.xml',
    );
    expect(feed.episodes[0]).toMatchObject({
      media: { url: 'https://host.example/audio/1.mp3' },
      transcripts: [{ url: 'https://host.example/shows/t/1.vtt' }],
      chapters: 'https://host.example/c/1.json',
    });
  });

  it("identifies an episode by its guid, else its enclosure's address, else its title", () => {
    const feed = feedOf(makeFeed({ items: [{ title: 'A', guid: 'g' }, { title: 'B', enclosure: 'https://x.org/b.mp3' }, { title: 'C' }, { title: '  ' }] }));
    expect(feed.episodes.map((e) => e.id)).toEqual(['g', 'https://x.org/b.mp3', 'C', 'Untitled episode (line 18)']);
  });

  it('refuses a DOCTYPE that declares an external entity (XXE) before reading anything', () => {
    const problem = problemOf(
      makeFeed({ prolog: '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>', items: [{ title: '&secret;' }] }).replace('&amp;secret;', '&secret;'),
    );
    expect(problem).toContain('the feed declares entities (<!ENTITY> in its DOCTYPE), which Talkline never expands');
    expect(problem).not.toContain('root:');
  });

  it('refuses entity expansion ("billion laughs") without expanding anything', () => {
    const levels = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i < 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [${levels.join('')}]>\n<rss><channel><title>&lol9;</title></channel></rss>`;
    expect(problemOf(bomb)).toContain('nested ones expand without end ("billion laughs")');
  });

  it('never fetches or reads an external DTD: an entity it would define is undefined', () => {
    const problem = problemOf('<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd">\n<rss><channel><title>&xxe;</title></channel></rss>');
    expect(problem).toBe('not well-formed XML (line 3, column 27: undefined entity); a feed must be XML, as podcast apps require');
  });

  it('says what a document that is not an RSS feed is', () => {
    expect(problemOf('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>My podcast</title></head><body></body></html>')).toMatch(
      /^an HTML page, not a feed/,
    );
    expect(problemOf('<html lang="en"><body><p>Hello<br></p></body></html>')).toMatch(/^an HTML page, not a feed/);
    expect(problemOf('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')).toMatch(/^an Atom feed/);
    expect(problemOf('<urlset><url/></urlset>')).toBe('not an RSS feed: its root element is <urlset>, where a feed has <rss>');
    expect(problemOf('{"version": "https://jsonfeed.org/version/1"}')).toMatch(/^JSON, not an RSS feed/);
    expect(problemOf('Not found')).toMatch(/^not an RSS feed: it is not XML/);
    expect(problemOf('   \n')).toBe('the feed is empty');
    expect(problemOf('<rss version="2.0"></rss>')).toBe('an RSS document without a <channel>: no show and no episodes in it');
  });

  it('names the line and column where a feed stops being XML, counting the blank lines before it', () => {
    expect(problemOf('\n\n<?xml version="1.0"?>\n<rss><channel>\n<title>Fish</chips></channel></rss>')).toBe(
      'not well-formed XML (line 5, column 20: unexpected close tag); a feed must be XML, as podcast apps require',
    );
  });

  it('points at a bare "&", the usual slip, not where the parser gave up', () => {
    const feed = '<rss>\n<channel>\n<title><![CDATA[Q&A]]> Fish & chips</title><!-- R&D -->\n<item><title>Salt &amp; vinegar;</title></item></channel></rss>';
    expect(problemOf(feed)).toBe('not well-formed XML (line 3, column 29: a bare "&", which XML writes "&amp;"); a feed must be XML, as podcast apps require');
  });
});

describe('readPubDate', () => {
  it("takes the day as the feed writes it, in the podcaster's time zone", () => {
    expect(readPubDate('Tue, 07 Jan 2024 23:30:00 -0800')).toEqual({ date: '2024-01-07', published: Date.UTC(2024, 0, 8, 7, 30) });
    expect(readPubDate('7 Jan 24 10:00 GMT').date).toBe('2024-01-07');
    expect(readPubDate('2023-12-31T22:00:00Z').date).toBe('2023-12-31');
    expect(readPubDate('yesterday')).toEqual({ date: null, published: null });
  });
});

describe('readDuration', () => {
  it('reads hours, minutes and seconds, or seconds', () => {
    expect(readDuration('1:02:03')).toBe(3723);
    expect(readDuration('62:03')).toBe(3723);
    expect(readDuration('3723')).toBe(3723);
    expect(readDuration('3723.5')).toBe(3723.5);
    expect(readDuration('0')).toBeNull();
    expect(readDuration('about an hour')).toBeNull();
  });
});
