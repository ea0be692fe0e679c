// The 404 page static hosts serve for unknown addresses: made from the built index.html's head, with
// every address absolute under the site's folder, since the host serves it at any depth.
import { describe, expect, it } from 'vitest';
import { notFoundPage, siteRoot } from '../../build/not-found-page.ts';

const BUILT_INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'" />
    <meta name="description" content="Watch a long talk with its transcript." />
    <title>Talkline</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/jsx-runtime-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-ghi.css">
  </head>
  <body>
    <div id="root"><noscript>Talkline needs JavaScript.</noscript></div>
  </body>
</html>`;

describe('notFoundPage', () => {
  const page = notFoundPage(BUILT_INDEX, '/blog/talks/');

  it('keeps the app’s policy and stylesheet, with the stylesheet under the site’s folder', () => {
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'" />`);
    expect(page).toContain('href="/blog/talks/assets/index-ghi.css"');
    expect(page).not.toContain('"./');
  });

  it('starts no script and is not indexed', () => {
    expect(page).not.toMatch(/<script|modulepreload|id="root"/);
    expect(page).toContain('<meta name="robots" content="noindex" />');
    expect(page).toContain('<title>Not a talk here · Talkline</title>');
    expect(page).not.toContain('name="description"');
  });

  it('says the address is not a talk and links to the home page', () => {
    expect(page).toContain('This address is not a talk here');
    expect(page).toMatch(/<a href="\/blog\/talks\/">Go to the library’s home page<\/a>/);
  });

  it('names a file without a head', () => {
    expect(() => notFoundPage('<html><body></body></html>', '/')).toThrow(/index\.html has no <head>/);
  });
});

describe('siteRoot', () => {
  it('is the base when the base is a folder or an address', () => {
    expect(siteRoot('/blog/talks/', undefined)).toBe('/blog/talks/');
    expect(siteRoot('https://cdn.example.org/talks/', undefined)).toBe('https://cdn.example.org/talks/');
  });

  it('is the site address’s folder when the base is relative', () => {
    expect(siteRoot('./', 'https://example.org/blog/talks')).toBe('/blog/talks/');
  });

  it('is unknown with a relative base and no site address', () => {
    expect(siteRoot('./', undefined)).toBeNull();
    expect(siteRoot('./', '')).toBeNull();
  });
});
