'use strict';
// The readline ids are builtins, with and without the node: prefix.
const Module = require('module');
console.log(Module.builtinModules.filter((id) => id.startsWith('readline')));
console.log(Module.isBuiltin('readline'), Module.isBuiltin('node:readline/promises'), Module.isBuiltin('readline/foo'));
const a = require('readline');
const b = require('node:readline');
const p = require('readline/promises');
console.log(a === b, p === require('node:readline/promises'), a.promises === p);
console.log(Object.keys(a).sort().join(','));
console.log(Object.keys(p).sort().join(','));
console.log(typeof a.Interface, typeof p.Interface, typeof p.Readline);
console.log(Object.getPrototypeOf(p.Interface.prototype) === Object.getPrototypeOf(a.Interface.prototype));
const { PassThrough } = require('stream');
const rl = a.Interface({ input: new PassThrough() });  // callable without new
console.log(rl instanceof a.Interface, rl instanceof require('events').EventEmitter);
rl.close();
