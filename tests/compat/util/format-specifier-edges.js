'use strict';
// util.format specifier edge cases: %s of -0 (also nested), bigint, symbols, null-proto
// objects with toString, inherited/class toString, toStringTag classes, boxed values,
// invalid dates, errors with and without stack; %d/%i/%f of hex/blank strings, arrays,
// boxed numbers, valueOf objects, bigints beyond 2**53, Infinity; %j of cycles (nested),
// dropped values, -0 and NaN, BigInt (TypeError); %o/%O of functions, symbols and maps;
// %c, literal %, unknown specifiers and extra args; formatWithOptions colors/depth/compact
// and its validation.
const { format, formatWithOptions } = require('util');
const L = (...a) => console.log(JSON.stringify(format(...a)));
L('%s', -0); L('%s', [-0]); L('%s', { a: -0 }); L('%s', 1n); L('%s', [1n]); L('%s', Symbol.iterator); L('%s', [Symbol('a')]);
L('%s', Object.create(null, { toString: { value: () => 'nullproto' } }));
class A { toString() { return 'A!'; } }
class B extends A {}
L('%s', new B());
class C { get [Symbol.toStringTag]() { return 'Tag'; } }
L('%s', new C());
L('%s', { toString: 5 }); L('%s', { __proto__: { toString() { return 'inherited'; } } });
L('%s', new Date(NaN)); L('%s', /re/g); L('%s', new Set([1])); L('%s', Promise.resolve(1)); L('%s', new Number(5)); L('%s', new String('boxed'));
L('%s', () => {}); L('%s', class Foo {}); L('%s', NaN); L('%s', 1e21); L('%s', 0.1 + 0.2);
const err = new TypeError('te');
err.stack = 'TypeError: te\n    at x';
L('%s', err);
const err2 = new RangeError('noStack');
err2.stack = undefined;
L('%s', err2);
L('%d', -0); L('%d', '0x10'); L('%d', ''); L('%d', '  '); L('%d', [5]); L('%d', new Number(3)); L('%d', { valueOf() { return 7; } });
L('%d', true); L('%d', undefined); L('%d', 2n ** 70n); L('%d', -5n); L('%d', Infinity);
L('%i', -0.5); L('%i', '0x1f'); L('%i', 1e21); L('%i', -5n); L('%i', ''); L('%i', true); L('%i', [7.9]); L('%i', Infinity); L('%i', '12abc');
L('%f', '1e3'); L('%f', 5n); L('%f', []); L('%f', [1.5]); L('%f', '0x10'); L('%f', true); L('%f', Infinity); L('%f', ' 2 ');
L('%j', [undefined, () => {}, Symbol('x')]); L('%j', { a: undefined }); L('%j', new Date(0)); L('%j', NaN); L('%j', -0);
try { L('%j', 1n); } catch (e) { console.log('bigint json', e.name); }
const cyc = [];
cyc.push(cyc);
L('%j', cyc); L('%j', { a: { b: cyc } });
L('%o', [1, [2]]); L('%o', function named(a, b) {}); L('%o', { s: Symbol('x'), [Symbol('k')]: 1 }); L('%o', 'a\nb'); L('%o', 5n);
L('%o', new Map([[1, 2]]));
L('%O', { a: [1, 2, { b: 3 }] }); L('%O', 'str'); L('%O', 1n); L('%O', null);
L('%c%s', 'color: red', 'x'); L('%c'); L('%%s', 1); L('%%%s', 1); L('%s%%', 1); L('%%d%d', 1, 2); L('%5s', 1); L('%-d', 1); L('%s%', 1);
L('%%%'); L('%x', 1);
L('a', 'b', 1, -0, 5n, Symbol('s'), null, undefined, { a: 1 }, [1], 'c\nd');
L(1, '%s', 2); L(null, '%s'); L(undefined); L(Symbol('first')); L(5n, 6n); L(-0);
L('%s %d %i %f %j %o %O %c', 'a', 1, 2, 3, 4, 5, 6, 7, 'extra', 8);
console.log(JSON.stringify(formatWithOptions({ compact: false }, '%o %O', { a: 1 }, { b: [1] })));
console.log(JSON.stringify(formatWithOptions({ colors: true }, '%s %d %O', 'str', 5, { a: 'x' })));
console.log(JSON.stringify(formatWithOptions({ depth: 0 }, '%O %s', { a: { b: 1 } }, { a: { b: 1 } })));
for (const bad of [null, 1, 'x', undefined]) {
  try { formatWithOptions(bad, 'x'); } catch (e) { console.log(e.code, e.message); }
}
