/** A small talk for component tests, parsed by the real parser so the model is what the page sees. */
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';

export const SAMPLE_MARKDOWN = `---
title: A sample conversation
date: 2024-01-07
youtube: 13CZPWmke6A
---

A preface that becomes the description.

## Opening

[0:00](https://youtu.be/13CZPWmke6A?t=0)
**Ada:** Welcome to the show. Today we talk about engines. It will be fun.

[0:30](https://youtu.be/13CZPWmke6A?t=30)
**Charles:** Thank you for having me.

[1:00](https://youtu.be/13CZPWmke6A?t=60)
**Ada:** So where was any doubt coming from?

## Engines

[2:00](https://youtu.be/13CZPWmke6A?t=120)
**Charles:** The difference engine came first. Then the analytical one.

**Charles:** It had a mill and a store.

[4:00](https://youtu.be/13CZPWmke6A?t=240)
**Ada:** Thank you.
`;

export function sampleTalk(markdown = SAMPLE_MARKDOWN): Talk {
  const { talk, diagnostics } = readMarkdown(markdown, 'sample.md');
  if (talk === null) throw new Error(`sample talk does not parse: ${JSON.stringify(diagnostics)}`);
  return talk;
}
