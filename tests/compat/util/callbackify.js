'use strict';
const { callbackify } = require('util');
async function add(a, b) { return a + b; }
const cbAdd = callbackify(add);
console.log(cbAdd.name, cbAdd.length);
cbAdd(1, 2, (err, v) => console.log('add', err, v));
callbackify(async () => { throw new Error('async fail'); })((err) => console.log('fail', err.message));
callbackify(() => Promise.reject(null))((err) => console.log('falsy', err.code, err.message, err.reason));
callbackify(() => Promise.reject(0))((err) => console.log('zero', err.code, err.reason));
try { callbackify('x'); } catch (e) { console.log(e.code); }
try { cbAdd(1, 2); } catch (e) { console.log(e.code, e.message); }
const ctx = { v: 9, async m() { return this.v; } };
ctx.cb = callbackify(ctx.m);
ctx.cb((err, v) => console.log('this', v));
console.log('sync end');
