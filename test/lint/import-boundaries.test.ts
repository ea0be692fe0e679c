// The pure layers import no user interface: the lint rule that keeps src/ui/ and React out of
// src/transcript, search, align and library, run on code that breaks it and code that does not.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../../', import.meta.url)) });

/** The restricted-import messages ESLint reports for `code` as if it were the file at `path`. */
async function restricted(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('import boundaries', () => {
  it.each(['src/transcript/formats/srt/read-srt.ts', 'src/search/search-engine.ts', 'src/align/align-talk.ts', 'src/library/talk-files.ts'])(
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
});
