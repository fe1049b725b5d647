'use strict';
// promisify: multiple callback values (only the first is kept), error plus values,
// falsy/undefined errors (not a rejection), synchronous throws, callbacks called twice
// or with no args, name/length/prototype of the result, the custom symbol on the
// implementation, argument validation, `this`, setTimeout/setImmediate custom forms.
// callbackify: every falsy rejection reason (ERR_FALSY_VALUE_REJECTION with .reason),
// real errors, argument passing, name/length, missing callback, an exception thrown by
// the callback (uncaught, on a later tick). deprecate: one warning per code, codeless
// messages each warn once per function, names/lengths, classes, bad arguments.
const util = require('util');
const log = (...a) => console.log(...a);
process.on('warning', (w) => log('warning', w.name, w.code, JSON.stringify(w.message)));
function multi(cb) { cb(null, 'a', 'b'); }
function errAndVals(cb) { cb(new Error('e'), 'v'); }
function falsyErr(cb) { cb(0, 'zero-err'); }
function nullErr(cb) { cb(undefined, 'undef-err'); }
function syncThrow() { throw new Error('sync'); }
function twice(cb) { cb(null, 1); cb(null, 2); }
function noArgs(cb) { cb(); }
const pm = util.promisify(multi);
log(pm.name, pm.length, Object.getPrototypeOf(pm) === Object.getPrototypeOf(multi), pm[util.promisify.custom] === pm);
log(Object.getOwnPropertyNames(pm).sort().join(','));
pm().then((v) => log('multi', v));
util.promisify(errAndVals)().catch((e) => log('errAndVals', e.message));
util.promisify(falsyErr)().then((v) => log('falsy', v), (e) => log('falsy rejected', e));
util.promisify(nullErr)().then((v) => log('undef', v));
util.promisify(syncThrow)().catch((e) => log('syncThrow', e.message));
util.promisify(twice)().then((v) => log('twice', v));
util.promisify(noArgs)().then((v) => log('noArgs', v));
log(util.promisify(async function af() {}).name);
util.promisify((cb) => cb(null, 'arrow'))().then((v) => log('arrow', v));
function withProto(cb) { cb(null, 1); }
log(typeof util.promisify(withProto).prototype);
const custom = function () {};
const impl = function impl() {};
custom[util.promisify.custom] = impl;
log(util.promisify(custom) === impl, impl[util.promisify.custom] === impl);
for (const bad of [null, undefined, {}, 'f', 1]) {
  try { util.promisify(bad); } catch (e) { log(e.code, e.message); }
}
class Cls { static m(cb) { cb(null, this === Cls); } }
util.promisify(Cls.m).call(Cls).then((v) => log('class this', v));
log(typeof util.promisify(setTimeout), util.promisify(setTimeout) === require('timers/promises').setTimeout,
  util.promisify(setImmediate) === require('timers/promises').setImmediate);
for (const v of [undefined, null, 0, '', false, NaN]) {
  util.callbackify(() => Promise.reject(v))((err) => log('cb reject', String(v), err.code, err.name, JSON.stringify(err.message),
    Object.is(err.reason, v), Object.keys(err).sort().join(',')));
}
util.callbackify(() => Promise.reject(new Error('real')))((err) => log('real', err.message, 'reason' in err));
try { util.callbackify(() => 'not promise')(() => {}); } catch (e) { log('non promise', e.name); }
util.callbackify(async (a, b) => a + b)(1, 2, (err, r) => log('args', err, r));
const cbf = util.callbackify(async function namedAsync(x, y) {});
log(cbf.name, cbf.length, Object.getOwnPropertyNames(cbf).sort().join(','));
try { cbf(1); } catch (e) { log(e.code, e.message); }
try { cbf(1, 2, 3); } catch (e) { log(e.code, e.message); }
process.on('uncaughtException', (e) => log('uncaught', e.message));
util.callbackify(async () => 1)(() => { throw new Error('thrown in cb'); });
const d1 = util.deprecate(() => 1, 'msg one', 'DEP_X1');
const d2 = util.deprecate(() => 2, 'msg two', 'DEP_X1');
const d3 = util.deprecate(() => 3, 'no code');
const d4 = util.deprecate(() => 4, 'no code');
d1(); d1(); d2(); d3(); d3(); d4();
log(d1.name, d1.length, util.deprecate(function namedFn(a, b) {}, 'x').name, util.deprecate(function namedFn(a, b) {}, 'x').length);
const Dep = util.deprecate(class Base { static s() { return 's'; } }, 'class dep', 'DEP_X2');
log(typeof Dep.s, Dep.prototype.constructor === Dep);
try { util.deprecate('x', 'm'); } catch (e) { log(e.code, e.name); }
try { util.deprecate(() => {}); log('no msg ok'); } catch (e) { log(e.code, e.message); }
log('sync end');
