// Hash.copy(): the copy continues from the original's state independently.
const crypto = require('crypto');
const h = crypto.createHash('sha256');
h.update('one');
const c1 = h.copy();
h.update('two');
const c2 = h.copy();
c1.update('two');
console.log(c1.digest('hex') === h.copy().digest('hex'));
console.log(c2.digest('hex') === h.digest('hex'));
console.log(c1 instanceof crypto.Hash, c1 !== h);
// A copy of a copy, and of an XOF with its own output length.
const x = crypto.createHash('shake256', { outputLength: 8 }).update('abc');
console.log(x.copy().digest('hex'), x.copy({ outputLength: 4 }).digest('hex'), x.digest('hex'));
const a = crypto.createHash('md5').update('a');
console.log(a.copy().copy().update('b').digest('hex'), crypto.createHash('md5').update('ab').digest('hex'));
