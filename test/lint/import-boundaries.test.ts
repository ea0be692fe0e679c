// The layers the linter keeps, run on code that breaks them and code that does not: no user interface in
// the pure layers (src/transcript, search, align, library, player, workers, cli, page); src/ssr/ for the
// build alone; no feature of src/ui/ importing the page root (src/ui/app/); and no import cycle.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });

/** The messages of `rule` that ESLint reports for `code` as if it were the file at `path`. */
async function reported(rule: string, path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule).map((message) => message.message);
}

/** The restricted-import messages ESLint reports for `code` as if it were the file at `path`. */
const restricted = (path: string, code: string): Promise<string[]> => reported('no-restricted-imports', path, code);
/** The messages about folders a file may not reach (static imports and `import()`, followed to their files). */
const unreachable = (path: string, code: string): Promise<string[]> => reported('import-x/no-restricted-paths', path, code);

describe('import boundaries', () => {
  it.each([
    'src/transcript/formats/srt/read-srt.ts',
    'src/search/search-engine.ts',
    'src/align/align-talk.ts',
    'src/library/talk-files.ts',
    'src/player/player-adapter.ts',
    'src/workers/worker-client.ts',
    'src/cli/check.ts',
    'src/page/page-data.ts',
  ])(
    'keep React and src/ui/ (any subfolder) out of %s',
    async (path) => {
      const depth = path.split('/').length - 2;
      const up = '../'.repeat(depth);
      const code = [
        `import { useState } from 'react';`,
        `import { createRoot } from 'react-dom/client';`,
        `import type { TalkViewerProps } from '${up}ui/viewer/talk-viewer.tsx';`,
        `import { formatTime } from '${up}ui/format-time.ts';`,
        `export const used = [useState, createRoot, formatTime] as unknown as TalkViewerProps;`,
      ].join('\n');
      const messages = await restricted(path, code);
      expect(messages).toHaveLength(4);
      expect(messages[0]).toContain('keep React in src/ui/');
      expect(messages[2]).toContain('must not depend on src/ui/');
    },
    60_000,
  );

  it('lets the pure layers import each other, and lets src/ui/ import React', async () => {
    expect(
      await restricted(
        'src/search/search-talk.ts',
        `import { splitWords } from '../transcript/words.ts';\nimport { build } from './ui-state.ts';\nexport const x = [splitWords, build];`,
      ),
    ).toEqual([]);
    expect(
      await restricted(
        'src/ui/viewer/talk-viewer.tsx',
        `import { useState } from 'react';\nimport { splitWords } from '../../transcript/words.ts';\nexport const x = [useState, splitWords];`,
      ),
    ).toEqual([]);
  }, 60_000);

  it('keeps src/ssr/ for the build: refused in src/ui/, src/page/ and the entry point, statically or not', async () => {
    const message = /only build\/ imports it/;
    for (const [path, code] of [
      ['src/ui/app/app-root.tsx', `import { renderPage } from '../../ssr/render-page.tsx';\nexport const x = renderPage;`],
      ['src/ui/pages/talk-page.tsx', `export const x = () => import('../../ssr/page-head.ts');`],
      ['src/page/page-talk.ts', `export { pageHead } from '../ssr/page-head.ts';`],
      ['src/main.tsx', `import { renderPage } from './ssr/render-page.tsx';\nexport const x = renderPage;`],
    ] as const) {
      const messages = await unreachable(path, code);
      expect(messages, path).toHaveLength(1);
      expect(messages[0], path).toMatch(message);
    }
    // The build, and src/ssr/ itself, may.
    expect(await unreachable('build/prerender-plugin.ts', `import { pageHead } from '../src/ssr/page-head.ts';\nexport const x = pageHead;`)).toEqual([]);
    expect(await unreachable('src/ssr/render-page.tsx', `import { pageHead } from './page-head.ts';\nexport const x = pageHead;`)).toEqual([]);
  }, 60_000);

  it('keeps the page root out of every feature of src/ui/, and lets the root use them', async () => {
    for (const [path, code] of [
      ['src/ui/tools/talk-tools.tsx', `import { AppRoot } from '../app/app-root.tsx';\nexport const x = AppRoot;`],
      ['src/ui/viewer/alignment/review/use-caption-check.ts', `export const x = () => import('../../../app/talk-parts.tsx');`],
      ['src/ui/shared/open-file.ts', `import { HAS_LIBRARY } from '../app/app-root.tsx';\nexport const x = HAS_LIBRARY;`],
      ['src/ui/pages/library-page.tsx', `import { ErrorBoundary } from '../app/error-boundary.tsx';\nexport const x = ErrorBoundary;`],
    ] as const) {
      const messages = await unreachable(path, code);
      expect(messages, path).toHaveLength(1);
      expect(messages[0], path).toContain('src/ui/app/ is the page root');
    }
    expect(
      await unreachable(
        'src/ui/app/app-root.tsx',
        `import { navigate } from '../shared/navigation.ts';\nimport { TalkViewer } from '../viewer/talk-viewer.tsx';\nexport const x = [navigate, TalkViewer];`,
      ),
    ).toEqual([]);
  }, 60_000);

  it('refuses an import that closes a cycle, followed through the files on disk', async () => {
    // page-talk.ts imports page-data.ts: page-data.ts importing it back would close a cycle.
    const closing = await reported(
      'import-x/no-cycle',
      'src/page/page-data.ts',
      `import { readPageTalk } from './page-talk.ts';\nexport const x = readPageTalk;`,
    );
    expect(closing).toHaveLength(1);
    expect(closing[0]).toMatch(/cycle/i);
    // A type-only import is erased: it runs nothing, and may go round.
    expect(
      await reported('import-x/no-cycle', 'src/page/page-data.ts', `import type { PageTalkRead } from './page-talk.ts';\nexport type X = PageTalkRead;`),
    ).toEqual([]);
  }, 60_000);
});
