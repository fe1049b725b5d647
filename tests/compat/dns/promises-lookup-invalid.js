'use strict';
// dns.promises.lookup of a .invalid name rejects with ENOTFOUND.
const dns = require('dns');
dns.promises.lookup('nope.invalid').catch((e) => console.log(e.code, e.syscall, e.hostname));
