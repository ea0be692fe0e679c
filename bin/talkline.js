#!/usr/bin/env node
// The command line is written in TypeScript and runs from its sources through tsx, registered here, rather
// than compiled by a build step: `npx talkline` then works straight after `npm install` or `npm ci`, with no
// compiled copy that could lag behind the sources it was built from. tsx is a runtime dependency for this.
// `tsconfig: false`: the sources need no settings to run, and a tsconfig.json of the folder the command is
// run from (someone else's project) must not change how they are read.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
await import('../src/cli/main.ts');
