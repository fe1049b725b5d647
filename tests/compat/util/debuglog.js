'use strict';
const util = require('util');
const log = util.debuglog('mysection');
console.log(log.enabled);
log('not printed %s', 'x');
let got;
const log2 = util.debuglog('other', (fn) => { got = typeof fn; });
log2('hi');
console.log(got, typeof util.debug);
