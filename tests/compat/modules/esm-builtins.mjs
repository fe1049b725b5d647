// Builtins from ESM: named exports, default export, namespace objects.
import { readFileSync } from 'fs';
import * as pathNs from 'node:path';
import EventEmitter, { once } from 'node:events';
import process2 from 'node:process';
import { setTimeout as st } from 'node:timers';
console.log(typeof readFileSync, pathNs.join('a', 'b'), pathNs.default.sep, typeof once);
console.log(new EventEmitter() instanceof EventEmitter, process2 === process, st === setTimeout);
