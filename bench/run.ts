/**
 * `npm run bench`: prints every speed and memory figure the project tracks. Figures, not pass/fail:
 * timed assertions flake on a busy machine, so budgets are read from here.
 */
import { runParseBench } from './parse.ts';

const only = process.argv.slice(2);
const sections: Array<[string, () => void | Promise<void>]> = [['parse', runParseBench]];

for (const [name, run] of sections) {
  if (only.length > 0 && !only.includes(name)) continue;
  await run();
  console.log();
}
