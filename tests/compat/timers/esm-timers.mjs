// node:timers and node:timers/promises named exports from ESM.
import { setTimeout as st, setImmediate as si } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
console.log(st === globalThis.setTimeout, si === globalThis.setImmediate);
console.log(await sleep(1, 'slept'));
