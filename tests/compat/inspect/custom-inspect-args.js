'use strict';
const { inspect } = require('util');
const obj = {
  [inspect.custom](depth, options, insp) {
    return `depth=${depth} colors=${options.colors} compact=${options.compact} same=${insp === inspect} stylize=${typeof options.stylize} extra=${options.extra}`;
  },
};
console.log(inspect(obj));
console.log(inspect({ a: { b: obj } }));
console.log(inspect(obj, { depth: 5, extra: 'user' }));
console.log(inspect(obj, { depth: null }));
const usesInspect = { [inspect.custom](depth, options, insp) { return insp({ inner: depth }, options); } };
console.log(inspect({ w: usesInspect }));
