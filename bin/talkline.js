#!/usr/bin/env node
// The command line is written in TypeScript and runs from its sources through tsx, registered here, rather
// than compiled by a build step: `npx talkline` then works straight after `npm install` or `npm ci`, with no
// compiled copy that could lag behind the sources it was built from. tsx is a runtime dependency for this.
// `tsconfig: false`: the sources need no settings to run, and a tsconfig.json of the folder the command is
// run from (someone else's project) must not change how they are read.
//
// This file is plain JavaScript that any Node reads, so that an older Node than the package needs gets one
// line saying so rather than a stack trace from the code it cannot run.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(
    `talkline: needs Node.js 20.19 or newer; this is Node.js ${process.versions.node}. Install a newer Node.js (https://nodejs.org) and run it again.\n`,
  );
  process.exit(1);
}
const { register } = await import('tsx/esm/api');
register({ tsconfig: false });
await import('../src/cli/main.ts');
