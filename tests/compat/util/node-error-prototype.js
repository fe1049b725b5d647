'use strict';
// Node's internal errors (ERR_*): a per-code prototype between the error and its base
// class holds toString, a `constructor` getter (the base class) and the kIsNodeError
// getter; own keys in Node's order; toString follows `name`; the first error of a
// code already has the full chain; readable-stream's subclass of a code and its
// call of a code without `new` work.
const util = require('util');
const { Readable, Writable } = require('stream');
let e;
try { Buffer.alloc(3).swap32(); } catch (x) { e = x; }
const proto = Object.getPrototypeOf(e);
console.log(Reflect.ownKeys(e), Reflect.ownKeys(proto), e.constructor === RangeError,
  Object.getPrototypeOf(proto) === RangeError.prototype, proto.toString.name, proto.toString.length);
console.log(Object.getOwnPropertyDescriptor(proto, 'constructor').get.name, Object.keys(proto), Object.keys(e));
console.log(e instanceof RangeError, util.types.isNativeError(e), Object.prototype.toString.call(e), util.isError(e));
e.name = 'X';
console.log(e.toString(), String(e));
try { util.promisify(1); } catch (x) { console.log(Reflect.ownKeys(x), x.constructor.name, String(x)); }
(async () => {
  try { await Readable.from([]).reduce((a, b) => a); } catch (x) {
    console.log(x.name, x.code, x.message, x instanceof TypeError, x.constructor.name, Reflect.ownKeys(x));
  }
  try { new (Readable.prototype.map)(); } catch (x) { console.log(x.name, x.code, String(x)); }
  const w = new Writable({ write(c, enc, cb) { cb(); cb(); } });
  w.on('error', (x) => console.log('error', x.code, String(x), Reflect.ownKeys(x)));
  w.write('x');
  util.callbackify(() => Promise.reject(0))((x) => {
    const keys = Reflect.ownKeys(x);
    x.stack = 'STACK';
    console.log(keys, util.inspect(x, { showHidden: true }).split('\n').join('|'));
  });
})();
