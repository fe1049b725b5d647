'use strict';
// When Error.prepareStackTrace is called, what `stack` becomes, and when it runs.

console.log('default is a function', typeof Error.prepareStackTrace);
console.log('default format', JSON.stringify(Error.prepareStackTrace(new Error('m'), [])));
console.log('default frames', JSON.stringify(Error.prepareStackTrace(new TypeError('t'), ['a', 'b'])));

let calls = 0;
Error.prepareStackTrace = function (err, stack) {
  calls++;
  return { isError: err instanceof Error, message: err.message, isArray: Array.isArray(stack), self: this === Error };
};
const e = new RangeError('r');
console.log('lazy', calls);
console.log('value', JSON.stringify(e.stack));
console.log('cached', e.stack === e.stack, calls);

Error.prepareStackTrace = () => 42;
console.log('number', new Error('n').stack);
Error.prepareStackTrace = () => undefined;
console.log('undefined', new Error('u').stack);

// Assigning `stack` before it is read replaces it without calling the hook.
calls = 0;
Error.prepareStackTrace = () => { calls++; return 'hooked'; };
const e2 = new Error('w');
e2.stack = 'assigned';
console.log('assigned', e2.stack, calls);
const e5 = new Error('d');
console.log('own, not enumerable', Object.prototype.hasOwnProperty.call(e5, 'stack'), Object.keys(e5).length, e5.stack);

// The hook in place when `stack` is first read is the one called.
Error.prepareStackTrace = () => 'first';
const e3 = new Error('x');
Error.prepareStackTrace = () => 'second';
console.log('read-time hook', e3.stack);

// A throwing hook throws from the read, again at each read.
Error.prepareStackTrace = () => { throw new Error('boom'); };
const e4 = new Error('y');
console.log('made');
for (let i = 0; i < 2; i++) {
  try {
    console.log(e4.stack);
  } catch (err) {
    console.log('threw', err.message);
  }
}
const holder = {};
Error.captureStackTrace(holder);
console.log('captured');
try {
  console.log(holder.stack);
} catch (err) {
  console.log('capture threw', err.message);
}

// Engine-made errors go through the hook too.
Error.prepareStackTrace = (err, stack) => `${err.name}|${stack.length > 0}`;
try {
  null.x;
} catch (err) {
  console.log('engine error', err.stack);
}
try {
  JSON.parse('{');
} catch (err) {
  console.log('builtin error', err.stack);
}

// Restoring the default brings strings back.
Error.prepareStackTrace = undefined;
console.log('restored', typeof new Error('z').stack);
