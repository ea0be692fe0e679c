// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { watchIframeApiScript } from '../../src/player/watch-api-script.ts';

function failScript(src: string): void {
  const script = document.createElement('script');
  script.src = src;
  document.head.append(script);
  script.dispatchEvent(new Event('error'));
  script.remove();
}

describe('watchIframeApiScript', () => {
  it('reports a failed IFrame API script, over http or https', () => {
    const onFailure = vi.fn();
    const stop = watchIframeApiScript(onFailure);
    failScript('https://www.youtube.com/iframe_api');
    failScript('http://www.youtube.com/iframe_api');
    expect(onFailure).toHaveBeenCalledTimes(2);
    stop();
  });

  it('ignores other scripts and stops when asked', () => {
    const onFailure = vi.fn();
    const stop = watchIframeApiScript(onFailure);
    failScript('https://example.com/iframe_api.js');
    stop();
    failScript('https://www.youtube.com/iframe_api');
    expect(onFailure).not.toHaveBeenCalled();
  });
});
