'use strict';
const util = require('util');
console.log(util.inspect === require('node:util').inspect);
console.log(typeof util.inspect.custom, typeof util.format, typeof util.formatWithOptions);
console.log(util.inspect('x', { colors: false }), util.inspect(5, false, 0, false));
const { inspect, format, promisify } = require('util');
console.log(typeof inspect, typeof format, typeof promisify);
