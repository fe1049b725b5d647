'use strict';
const { format } = require('util');
console.log(format('%d', 42), format('%d', '42'), format('%d', 1.5), format('%d', -0), format('%d', 10n));
console.log(format('%d', 'abc'), format('%d', {}), format('%d', Symbol('x')), format('%d', null));
console.log(format('%i', 42.9), format('%i', '-7.9'), format('%i', 10n), format('%i', 'x'), format('%i', Symbol()));
console.log(format('%f', '1.25'), format('%f', 3), format('%f', 'nope'), format('%f', Symbol()), format('%f', -0));
