// Set up before every unit test file. In the component tests (jsdom), `findBy…` and `waitFor` give up
// after Testing Library's default of one second. A page that loads its code on demand (the talk page's
// chunk, the review mode) can take longer than that on a busy machine, where test files run two at a
// time: the first `findBy…` of a file then failed while the page still said "Loading the talk…". They
// return as soon as what they wait for is there, so a longer limit costs a passing test nothing. Vitest's
// own `vi.waitFor` (one second by default) has no such setting: its calls pass `{ timeout: 10_000 }`.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 10_000 });
}

// A module, for the top-level await above.
export {};
