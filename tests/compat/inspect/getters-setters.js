'use strict';
const { inspect } = require('util');
const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
  plain: 3,
};
console.log(inspect(o));
class K { get viaProto() { return 1; } }
console.log(inspect(new K()));
