'use strict';
// The options object a custom inspect function receives: every option, in Node's
// order, with the caller's own (also unknown) options on top.
const { inspect } = require('util');
const probe = {
  [inspect.custom](depth, options) {
    const copy = { ...options };
    delete copy.stylize;
    return `${depth} ${JSON.stringify(copy)} ${typeof options.stylize}`;
  },
};
console.log(inspect(probe));
console.log(inspect(probe, { maxArrayLength: null, custom: 'x', depth: 4 }));
console.log(inspect({ nested: { probe } }, { compact: 1 }));
const styled = { [inspect.custom](d, o) { return o.stylize('styled', 'special'); } };
console.log(JSON.stringify(inspect(styled, { colors: true })), inspect(styled));
