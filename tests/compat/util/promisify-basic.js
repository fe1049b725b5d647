'use strict';
const { promisify } = require('util');
function cbOk(a, b, cb) { setImmediate(() => cb(null, a + b)); }
function cbErr(cb) { process.nextTick(() => cb(new Error('failed'))); }
function cbMulti(cb) { cb(null, 1, 2, 3); }
const ok = promisify(cbOk);
console.log(typeof ok, ok.name, ok.length);
ok(1, 2).then((v) => console.log('ok', v));
promisify(cbErr)().catch((e) => console.log('err', e.message));
promisify(cbMulti)().then((v) => console.log('multi', v));
const obj = { x: 5, get(cb) { cb(null, this.x); } };
obj.pget = promisify(obj.get);
obj.pget().then((v) => console.log('this', v));
console.log(promisify(cbOk) !== promisify(cbOk));
console.log(promisify(ok) === ok);
try { promisify(5); } catch (e) { console.log(e.code, e.message); }
