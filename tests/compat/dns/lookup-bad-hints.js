'use strict';
// dns.lookup with invalid hints throws ERR_INVALID_ARG_VALUE.
const dns = require('dns');
try { dns.lookup('localhost', { hints: -1 }, () => {}); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
