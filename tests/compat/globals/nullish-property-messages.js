'use strict';
// Reading or setting a property of null or undefined, and using an undeclared
// variable, throw with V8's messages (programs compare them): the key is named for
// dotted and computed access (numbers as ToString gives them, symbols as
// Symbol(description)), and not for an object key, which is not converted.
const cases = {
  'null.x': () => null.x,
  'undefined[0]': () => undefined[0],
  'computed string': () => { const k = 'y'; return null[k]; },
  'float key': () => null[1.5],
  'negative zero key': () => null[-0],
  'large key': () => null[1e21],
  'symbol key': () => undefined[Symbol('s')],
  'registered symbol key': () => null[Symbol.for('reg')],
  'object key': () => null[{ toString() { console.log('toString called'); return 'k'; } }],
  'nested': () => { const u = {}; return u.a.b; },
  'set dotted': () => { null.x = 1; },
  'set computed': () => { undefined[5] = 1; },
  'set symbol': () => { undefined[Symbol()] = 1; },
  'compound assignment': () => { const o = null; o.x += 1; },
  'method on undefined': () => { let s; return s.trim(); },
  'undeclared read': () => nope,  // eslint-disable-line no-undef
  'undeclared write': () => { undeclared = 1; },  // eslint-disable-line no-undef
  'typeof undeclared': () => typeof alsoNope,  // eslint-disable-line no-undef
};
for (const [name, f] of Object.entries(cases)) {
  try {
    console.log(name, 'returned', f());
  } catch (e) {
    console.log(name, e.constructor.name, e.message);
  }
}
