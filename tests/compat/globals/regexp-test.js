'use strict';
// RegExp.prototype.test: true/false as exec would find, lastIndex read and written
// as exec does (global and sticky), and a user-supplied exec (own property, getter,
// subclass) read once and called; its result must be an object or null.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name);  // the engines word their messages apart
  }
};

const token = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
for (const s of ['GET', 'get', 'X-Custom_1', '', 'a b', 'é', 'a\u0100', '\u{1F600}', 42, null, undefined]) {
  show(`token ${JSON.stringify(s)}`, () => token.test(s));
}

// global: each hit moves lastIndex past the match; a miss resets it to 0.
const g = /o/g;
const seq = [];
for (let i = 0; i < 4; i++) seq.push(`${g.test('foo')}@${g.lastIndex}`);
console.log('global', seq.join(' '));
g.lastIndex = 10;
console.log('global past end', g.test('foo'), g.lastIndex);

// sticky: only at lastIndex.
const y = /o/y;
console.log('sticky', y.test('foo'), y.lastIndex, (y.lastIndex = 1, y.test('foo')), y.lastIndex,
  y.test('foo'), y.lastIndex, y.test('foo'), y.lastIndex);

// non-global: lastIndex is read (ToLength: valueOf runs) but ignored and not written.
const n = /b/;
let reads = 0;
n.lastIndex = { valueOf() { reads++; return 5; } };
console.log('non-global', n.test('abc'), typeof n.lastIndex, reads);

// captures, named groups, unicode, wide strings: only the answer matters.
console.log('groups', /(?<y>\d{4})-(\d\d)/.test('on 2024-05-01'), /(a)|(b)/.test('b'), /\u{1F600}/u.test('x\u{1F600}'),
  /é+/.test('caféé'), /[^\x00-\x7f]/.test('plain'), /^$/.test(''));

// A user exec: called with the string, its result decides.
const own = /x/;
own.exec = function (s) { console.log('  own exec called with', s); return s === 'yes' ? {} : null; };
show('own exec yes', () => own.test('yes'));
show('own exec no', () => own.test('no'));
const bad = /x/;
bad.exec = () => 1;
show('exec returns a number', () => bad.test('x'));
let getterReads = 0;
const viaGetter = /x/;
Object.defineProperty(viaGetter, 'exec', { get() { getterReads++; return RegExp.prototype.exec; } });
show('exec getter', () => [viaGetter.test('x'), viaGetter.test('y'), getterReads].join(' '));
class Sub extends RegExp {
  exec(s) { console.log('  Sub exec', s); return super.exec(s); }
}
show('subclass', () => new Sub('a').test('cat'));
show('exec not a function', () => { const r = /a/; r.exec = 5; return r.test('a'); });

// this must be a RegExp when the intrinsic exec is used.
show('plain object with intrinsic exec', () => RegExp.prototype.test.call({ exec: RegExp.prototype.exec }, 'a'));
show('plain object with own exec', () => RegExp.prototype.test.call({ exec: () => null }, 'a'));
show('primitive this', () => RegExp.prototype.test.call('a', 'a'));
show('ToString of the argument', () => /1,2/.test({ toString() { return '1,2'; } }));
show('symbol argument', () => /x/.test(Symbol('x')));
