import { describe, expect, it } from './browser-test.ts';
import { INSTALL_COMMAND, findChromium } from './find-chromium.ts';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH when it is an executable', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('refuses a CHROMIUM_PATH that is not executable, naming it', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow('/nonexistent/chrome');
  });

  it("offers an apt-get command that installs Debian's chromium", () => {
    expect(INSTALL_COMMAND).toBe('sudo apt-get update && sudo apt-get install -y chromium');
  });
});
