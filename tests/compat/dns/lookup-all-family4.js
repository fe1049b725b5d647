'use strict';
// dns.lookup with all: true returns an array of { address, family }.
const dns = require('dns');
dns.lookup('localhost', { family: 4, all: true }, (err, list) => console.log(err, JSON.stringify(list)));
