'use strict';
// An error's stack starts with "Name: message" as in V8, formatted when first read
// (a name or message set before that shows), without a final newline; frames
// follow. Thrown engine errors, subclasses, captureStackTrace and
// prepareStackTrace agree; an exception from a name getter comes out of the read.
const first = (e) => e.stack.split('\n')[0];
const frames = (e) => e.stack.split('\n').slice(1).every((l) => /^    at /.test(l));
function thrower() { throw new TypeError('boom'); }
try {
  thrower();
} catch (e) {
  console.log(first(e), frames(e), e.stack.includes('thrower'));
}
const late = new Error('a');
late.message = 'b';
console.log('message set before the read:', first(late));
const read = new Error('a');
void read.stack;
read.message = 'b';
console.log('message set after the read:', first(read));
class MyError extends Error {
  constructor(m) {
    super(m);
    this.name = 'MyError';
  }
}
console.log(first(new MyError('mine')), frames(new MyError('x')));
console.log(JSON.stringify(first(new Error())), JSON.stringify(first(new Error(''))));
console.log(first(new RangeError('r')), new RangeError('r').stack.endsWith('\n'));
try {
  null.x;  // eslint-disable-line no-unused-expressions
} catch (e) {
  console.log(first(e));
}
console.log(first(new AggregateError([], 'agg')));
const desc = Object.getOwnPropertyDescriptor(new Error('d'), 'stack');
console.log(typeof desc.value, desc.writable, desc.enumerable, desc.configurable);
const set = new Error('s');
set.stack = 'custom';
console.log(set.stack);
const gone = new Error('g');
delete gone.stack;
console.log(gone.stack);
const getter = new Error('x');
Object.defineProperty(getter, 'message', { get() { this.seen = true; return 'from a getter'; } });
console.log(first(getter), getter.seen);
const bad = new Error('t');
Object.defineProperty(bad, 'name', { get() { throw new Error('name getter threw'); } });
try {
  void bad.stack;
} catch (e) {
  console.log('read threw', e.message);
}
const holder = { name: 'Holder', message: 'held' };
Error.captureStackTrace(holder);
console.log(first(holder), frames(holder));
Error.prepareStackTrace = (e, sites) => `prepared ${e.message} ${Array.isArray(sites)}`;
console.log(new Error('p').stack);
const madeHooked = new Error('made while hooked');
Error.prepareStackTrace = undefined;
console.log(first(new Error('after the hook')), '/', first(madeHooked), frames(madeHooked));
console.log(require('util').inspect(new MyError('inspected')).split('\n')[0]);
