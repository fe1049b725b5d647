'use strict';
// new Buffer()/Buffer() still work (with a deprecation warning on stderr).
console.log(new Buffer(3).length, Buffer(2).length, new Buffer('abc').toString(), new Buffer('616263', 'hex').toString());
console.log(new Buffer([1, 2]).toString('hex'), Buffer(new ArrayBuffer(4), 1, 2).length, new Buffer(Buffer.from('z')).toString());
try { Buffer(3, 'utf8'); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(new Buffer(3) instanceof Buffer, Buffer.prototype.constructor === Buffer);
