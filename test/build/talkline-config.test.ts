import { describe, expect, it } from 'vitest';
import { talklineConfig } from '../../build/talkline-config.ts';

describe('the shared Vite configuration', () => {
  it('turns off Rolldown’s timings report, which named only Vite’s own hooks on a busy machine', () => {
    expect(talklineConfig().build?.rolldownOptions?.checks).toMatchObject({ bundlerTimings: false });
  });
});
