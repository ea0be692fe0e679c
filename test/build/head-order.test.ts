import { describe, expect, it } from 'vitest';
import { styleSheetsFirst } from '../../build/head-order.ts';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A talk</title>
    <link rel="modulepreload" crossorigin href="./assets/a.js">
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/runtime.js">
    <link rel="stylesheet" crossorigin href="./assets/index.css">
    <link rel="stylesheet" crossorigin href="./assets/page.css">
  </head>
  <body><link rel="stylesheet" href="./late.css"></body>
</html>`;

const tags = (html: string): string[] => html.match(/<(?:link|script)\b[^>]*>/g) ?? [];

describe('styleSheetsFirst', () => {
  it("asks for a page's style sheets before its scripts, keeping their order and every tag", () => {
    const html = styleSheetsFirst(page);
    const head = tags(html.slice(0, html.indexOf('</head>')));
    expect(head).toEqual([
      '<link rel="stylesheet" crossorigin href="./assets/index.css">',
      '<link rel="stylesheet" crossorigin href="./assets/page.css">',
      '<link rel="modulepreload" crossorigin href="./assets/a.js">',
      '<script type="module" crossorigin src="./assets/index.js">',
      '<link rel="modulepreload" crossorigin href="./assets/runtime.js">',
    ]);
    // The body is left alone, and so is everything else in the head.
    expect(html.slice(html.indexOf('<body>'))).toBe(page.slice(page.indexOf('<body>')));
    expect(html.replace(/\s+/g, ' ').length).toBe(page.replace(/\s+/g, ' ').length);
    expect(html).toContain('    <link rel="stylesheet" crossorigin href="./assets/page.css">\n    <link rel="modulepreload" crossorigin href="./assets/a.js">');
  });

  it('leaves a page alone whose style sheets come first already, or that has no scripts', () => {
    const ordered = styleSheetsFirst(page);
    expect(styleSheetsFirst(ordered)).toBe(ordered);
    const noScripts = page.replace(/\s*<(?:script|link rel="modulepreload")[^>]*>(<\/script>)?/g, '');
    expect(styleSheetsFirst(noScripts)).toBe(noScripts);
  });
});
