'use strict';
// dns.lookup(host, 4, cb): the family given as a number.
const dns = require('dns');
dns.lookup('localhost', 4, (err, address, family) => console.log(err, address, family));
