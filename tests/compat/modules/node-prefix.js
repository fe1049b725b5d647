// Builtins answer to x and node:x; unknown node: ids throw ERR_UNKNOWN_BUILTIN_MODULE.
console.log(require('node:fs') === require('fs'), require('node:path') === require('path'), require('node:events') === require('events'));
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
const Module = require('module');
console.log(Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('nope'), Module.isBuiltin('internal/errors'));
console.log(Module.builtinModules.includes('fs'), Module.builtinModules.includes('path'), Module.builtinModules.some((m) => m.startsWith('internal/')));
