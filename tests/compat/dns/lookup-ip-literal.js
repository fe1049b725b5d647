'use strict';
// Looking up an IP literal answers it directly, still through an asynchronous callback.
const dns = require('dns');
let sync = true;
dns.lookup('127.0.0.1', (err, address, family) => console.log(err, address, family, sync));
dns.lookup('::1', (err, address, family) => console.log(err, address, family));
sync = false;
