'use strict';
const util = require('util');
const values = [null, undefined, 0, 'str', true, Symbol('s'), {}, [], () => {}, new Error('e'), new Date(0), /re/];
for (const name of ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
  'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive']) {
  console.log(name, values.map((v) => (util[name](v) ? 1 : 0)).join(''));
}
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
