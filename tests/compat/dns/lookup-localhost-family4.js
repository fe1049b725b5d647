'use strict';
// dns.lookup('localhost', { family: 4 }) answers 127.0.0.1, family 4.
const dns = require('dns');
dns.lookup('localhost', { family: 4 }, (err, address, family) => console.log(err, address, family));
