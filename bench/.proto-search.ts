import { makeLongTalk } from '../test/search/long-talk';
import { buildSearchIndex } from '../src/search/search-index';
import { searchTalk } from '../src/search/search-talk';
const talk = makeLongTalk();
console.log('turns', talk.turns.length, 'words', talk.turns.reduce((n, t) => n + t.text.split(/\s+/).length, 0), 'dur h', talk.duration/3600);
let t0 = performance.now();
const idx = buildSearchIndex(talk);
console.log('build ms', performance.now() - t0, 'windows', idx.windows.length);
for (const q of ['ne', 'neu', 'neural', 'neural n', 'neural network', 'kariz', 'karizolu', 'hessian free optimiser', 'douple descent', '"cost function"', 'xq']) {
  t0 = performance.now();
  const r = searchTalk(idx, q);
  console.log(q, (performance.now() - t0).toFixed(1), r.hits.length);
}
