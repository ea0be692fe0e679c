/** Kept for tests written against the old name; new tests import `test/fixtures/make-talk.ts`. */
export { type TurnSpec, makeTalk as buildTalk } from '../fixtures/make-talk.ts';
