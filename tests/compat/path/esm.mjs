// node:path from ESM: default and named exports are the same functions.
import path, { join, sep, posix } from 'node:path';
import * as ns from 'path';
console.log(path.join === join, sep, posix === path, ns.default === path, ns.resolve === path.resolve);
console.log(join('/a', 'b'), ns.basename('/x/y.z', '.z'));
