// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(cleanup);
import type { Diagnostic } from '../../../src/transcript/types.ts';
import { DiagnosticList, SHOWN_DIAGNOSTICS } from '../../../src/ui/shared/diagnostic-list.tsx';

const warning = (line: number): Diagnostic => ({ severity: 'warning', line, message: `stamp ${line} has no turn after it and is ignored` });

describe('a list of problems', () => {
  it('lists a file of 20,000 stray stamps by its first problems and a count, keeping the error that explains it', () => {
    const diagnostics = [...Array.from({ length: 20_000 }, (_, i) => warning(i + 1)), { severity: 'error', line: 0, message: 'no turns found' } as Diagnostic];
    const { container } = render(<DiagnosticList fileName="stamps.md" diagnostics={diagnostics} />);
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(SHOWN_DIAGNOSTICS);
    expect(items[0]).toBe('stamps.md:1 warning stamp 1 has no turn after it and is ignored');
    expect(items.at(-1)).toBe('stamps.md error no turns found');
    expect(container.textContent).toContain(`and ${(20_001 - SHOWN_DIAGNOSTICS).toLocaleString('en')} more`);
  });

  it('lists a short list whole, with no count', () => {
    const { container } = render(<DiagnosticList fileName="a.md" diagnostics={[warning(3), warning(4)]} />);
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.textContent).not.toContain('more');
  });
});
