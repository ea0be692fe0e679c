import { describe, expect, it } from 'vitest';
import { decodeReferences, htmlToText } from '../../src/feeds/html-text.ts';

describe('htmlToText', () => {
  it('turns show notes into paragraphs and lines of plain text', () => {
    const notes =
      '<p>We fix the <b>roof</b>&nbsp;&amp; the gutters.</p>\n<p>Links:</p><ul><li><a href="https://example.org/tiles">Tiles we used</a></li>' +
      '<li><a href="https://example.org">example.org</a></li><li><a href="javascript:alert(1)">click</a></li></ul>' +
      '<script>alert("x")</script><style>p { color: red }</style><!-- hidden <p>comment</p> -->Thanks<br>for listening &#8217;til the end.';
    expect(htmlToText(notes)).toBe(
      'We fix the roof & the gutters.\n\nLinks:\n\n- Tiles we used (https://example.org/tiles)\n- example.org\n- click\n\nThanks\nfor listening ’til the end.',
    );
  });

  it('keeps the lines of plain text, and a "<" that opens no tag', () => {
    expect(htmlToText('First line\nsecond line\n\n\n\nA new paragraph: 3 < 4 &amp; 5 > 4')).toBe('First line\nsecond line\n\nA new paragraph: 3 < 4 & 5 > 4');
    expect(htmlToText('<p>1 < 2</p>')).toBe('1 < 2');
  });

  it('keeps a reference it does not know, and refuses code points that are not characters', () => {
    expect(decodeReferences('&unknown; &#xD800; &#0; &#x1F600; &eacute;')).toBe('&unknown; &#xD800; &#0; 😀 é');
  });
});
