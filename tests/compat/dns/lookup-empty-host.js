'use strict';
// dns.lookup('') answers null address without error, as Node does.
const dns = require('dns');
dns.lookup('', (err, address, family) => console.log(err, address, family));
