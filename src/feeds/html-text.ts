/**
 * HTML as plain text: an episode's description (show notes are HTML more often than not) and HTML
 * transcripts. Not an HTML parser, which would be a large dependency for this: a single pass over the text
 * that knows tags from text, drops what is never shown (`<script>`, `<style>`, comments), turns block
 * elements into paragraph breaks and `<br>` into line breaks, keeps a link's address after its words, and
 * decodes character references. Linear in the input, whatever it holds.
 */

export type HtmlToken = { kind: 'text'; text: string } | { kind: 'open' | 'close'; name: string; href: string | null };

/** Elements that end a paragraph where they open and where they close. */
const BLOCKS = new Set(
  'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table tr ul'.split(' '),
);
/** Elements whose content is never text for a reader. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/**
 * Named character references worth knowing in show notes, as `name character` pairs; any other is kept as
 * written. (A feed's parser has decoded its XML; what is left are the HTML's own references.)
 */
const NAMED: Record<string, string> = Object.fromEntries(
  [
    'amp & lt < gt > quot " apos \' nbsp \u00a0 ensp \u2002 emsp \u2003 thinsp \u2009 shy \u00ad hellip … mdash — ndash – minus − bull • middot ·',
    'laquo « raquo » lsquo ‘ rsquo ’ sbquo ‚ ldquo “ rdquo ” bdquo „ prime ′ Prime ″ copy © reg ® trade ™ deg ° times × divide ÷',
    'euro € pound £ yen ¥ cent ¢ sect § para ¶ iexcl ¡ iquest ¿ frac12 ½ frac14 ¼ frac34 ¾ szlig ß',
    'agrave à aacute á acirc â atilde ã auml ä aring å aelig æ ccedil ç egrave è eacute é ecirc ê euml ë igrave ì iacute í icirc î iuml ï',
    'ntilde ñ ograve ò oacute ó ocirc ô otilde õ ouml ö oslash ø ugrave ù uacute ú ucirc û uuml ü yacute ý yuml ÿ',
    'Agrave À Aacute Á Acirc Â Auml Ä Aring Å Ccedil Ç Egrave È Eacute É Ecirc Ê Iacute Í Ntilde Ñ Oacute Ó Ouml Ö Oslash Ø Uacute Ú Uuml Ü',
  ]
    .join(' ')
    .split(' ')
    .flatMap((word, i, words) => (i % 2 === 0 ? [[word, words[i + 1]!]] : [])),
);

/** Decodes `&amp;`, `&#8217;`, `&#x2019;` and the names above; a reference that names nothing stays as written. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
  });
}

/** The `href` of an `<a …>` tag's text (between `<` and `>`), or null. */
function hrefOf(tag: string): string | null {
  const match = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
  if (match === null) return null;
  return decodeReferences((match[1] ?? match[2] ?? match[3] ?? '').trim());
}

/** The tags and text of `html`, in order; text is decoded, hidden elements' content left out. */
export function htmlTokens(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let hidden: string | null = null;
  let i = 0;
  const text = (piece: string) => {
    if (hidden === null && piece !== '') tokens.push({ kind: 'text', text: decodeReferences(piece) });
  };
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, open));
    const next = html[open + 1] ?? '';
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (!/[a-z/!?]/i.test(next)) {
      // A `<` that opens no tag (`a < b`) is text.
      text('<');
      i = open + 1;
      continue;
    }
    const close = html.indexOf('>', open);
    if (close < 0) {
      text(html.slice(open));
      break;
    }
    const tag = html.slice(open + 1, close);
    i = close + 1;
    const name = /^\/?([a-z][a-z0-9]*)/i.exec(tag)?.[1]?.toLowerCase();
    if (name === undefined) continue;
    const closing = tag.startsWith('/');
    if (hidden !== null) {
      if (closing && name === hidden) hidden = null;
      continue;
    }
    if (HIDDEN.has(name) && !closing && !tag.endsWith('/')) {
      hidden = name;
      continue;
    }
    tokens.push({ kind: closing ? 'close' : 'open', name, href: !closing && name === 'a' ? hrefOf(tag) : null });
  }
  return tokens;
}

/** An address worth showing beside a link's words: http(s) only (a `javascript:` link says nothing to a reader). */
function shownAddress(href: string | null, words: string): string | null {
  if (href === null || !/^https?:\/\//i.test(href)) return null;
  const plain = (s: string) => s.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
  return plain(href) === plain(words.trim()) ? null : href;
}

/**
 * Lines of text: runs of whitespace become one space, `\n` from `<br>` a line break, `\n\n` between blocks a
 * paragraph break; lines trimmed, paragraphs separated by exactly one blank line.
 */
export function tidyLines(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** HTML (or plain text, which has no tags) as plain text; see the module comment. */
export function htmlToText(html: string): string {
  if (!/<[a-z/!]/i.test(html)) return tidyLines(decodeReferences(html).replace(/\r\n?/g, '\n'));
  let out = '';
  const links: Array<{ href: string | null; from: number }> = [];
  for (const token of htmlTokens(html)) {
    if (token.kind === 'text') out += token.text.replace(/\s+/g, ' ');
    else if (token.name === 'br') out += '\n';
    else if (token.name === 'a' && token.kind === 'open') links.push({ href: token.href, from: out.length });
    else if (token.name === 'a') {
      const link = links.pop();
      const address = link === undefined ? null : shownAddress(link.href, out.slice(link.from));
      if (address !== null) out += ` (${address})`;
    } else if (token.name === 'li') out += token.kind === 'open' ? '\n- ' : '';
    else if (BLOCKS.has(token.name)) out += '\n\n';
  }
  return tidyLines(out);
}
