'use strict';
// dns.promises.lookup('localhost', { family: 4 }) resolves { address, family }.
const dns = require('dns');
dns.promises.lookup('localhost', { family: 4 }).then((r) => console.log(r));
