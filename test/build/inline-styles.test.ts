import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineStyleSheets } from '../../build/inline-styles.ts';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self' data:" />
    <link rel="stylesheet" crossorigin href="./assets/index.css">
    <link rel="stylesheet" crossorigin href="./assets/page.css">
    <link rel="stylesheet" href="./assets/print.css" media="print">
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>
  <body><p>Text</p></body>
</html>`;

const sheets: Record<string, string> = {
  './assets/index.css': 'body{color:#111}',
  './assets/page.css': '.turn{margin:0}',
  './assets/print.css': '.x{}',
};
const sha = (css: string): string => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

describe('inlineStyleSheets', () => {
  it('writes each linked sheet into the page in its place, keeps its link disabled, and allows it by hash', () => {
    const html = inlineStyleSheets(page, (href) => sheets[href] ?? null);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.match(/<style>[^<]*<\/style>|<link[^>]*>|<script[^>]*>/g)).toEqual([
      '<style>body{color:#111}</style>',
      '<link rel="stylesheet" crossorigin href="./assets/index.css" disabled>',
      '<style>.turn{margin:0}</style>',
      '<link rel="stylesheet" crossorigin href="./assets/page.css" disabled>',
      // Another medium's sheet does not hold the first paint: it stays linked.
      '<link rel="stylesheet" href="./assets/print.css" media="print">',
      '<script type="module" crossorigin src="./assets/index.js">',
    ]);
    expect(head).toContain(`style-src 'self' ${sha('body{color:#111}')} ${sha('.turn{margin:0}')}; img-src 'self' data:`);
    expect(head).not.toContain('unsafe-inline');
    expect(html.slice(html.indexOf('</head>'))).toBe(page.slice(page.indexOf('</head>')));
  });

  it('leaves a page alone that has no policy to allow the sheets, and a sheet it cannot read or that would close the element', () => {
    const noPolicy = page.replace(/\s*<meta http-equiv[^>]*>/, '');
    expect(inlineStyleSheets(noPolicy, (href) => sheets[href] ?? null)).toBe(noPolicy);
    expect(inlineStyleSheets(page, () => null)).toBe(page);
    const closing = inlineStyleSheets(page, (href) => (href === './assets/index.css' ? 'a::after{content:"</style>"}' : null));
    expect(closing).toBe(page);
  });
});
