'use strict';
const util = require('util');
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
function legacy(cb) { cb(null, 'legacy'); }
legacy[util.promisify.custom] = () => Promise.resolve('custom impl');
const p = util.promisify(legacy);
console.log(p === legacy[util.promisify.custom]);
p().then((v) => console.log(v));
function bad() {}
bad[util.promisify.custom] = 'not a function';
try { util.promisify(bad); } catch (e) { console.log(e.code, e.message); }
function withProps(cb) { cb(null); }
withProps.extra = 'copied';
console.log(util.promisify(withProps).extra);
