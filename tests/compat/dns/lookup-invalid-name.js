'use strict';
// A name under .invalid fails with ENOTFOUND: message, code, syscall, hostname.
const dns = require('dns');
dns.lookup('nothing.invalid', (err, address, family) => {
  console.log(err.message);
  console.log(err.name, err.code, err.syscall, err.hostname, typeof err.errno, address, family);
  console.log(Object.keys(err).join(','));
});
