'use strict';
const util = require('util');
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98));
console.log(util.getSystemErrorName(-99999));
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.get(-111));
for (const bad of [0, 1, 'x', -1.5]) {
  try { util.getSystemErrorName(bad); } catch (e) { console.log(e.code, e.message); }
}
