'use strict';
// dns.lookup with family 5 throws ERR_INVALID_ARG_VALUE.
const dns = require('dns');
try { dns.lookup('localhost', { family: 5 }, () => {}); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
