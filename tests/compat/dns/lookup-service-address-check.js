'use strict';
// dns.lookupService and dns.promises.lookupService check only that the address
// is an IP (isIP), as Node: a number, null or an object gives ERR_INVALID_ARG_VALUE,
// not a type error.
const dns = require('dns');
for (const a of [127, null, {}, 'not an ip', '']) {
  try {
    dns.lookupService(a, 22, () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const a of [1, undefined]) {
  try {
    dns.promises.lookupService(a, 22);
  } catch (e) {
    console.log('promises', e.code, e.message);
  }
}
