// .cjs files load as CommonJS (sloppy mode unless 'use strict'); shebang lines are skipped.
const m = require('./fixtures/mod.cjs');
console.log(m.kind, m.strict);
console.log(require('./fixtures/shebang'));
