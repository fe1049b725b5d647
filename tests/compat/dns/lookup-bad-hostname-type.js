'use strict';
// dns.lookup with a non-string host throws ERR_INVALID_ARG_TYPE.
const dns = require('dns');
try { dns.lookup(1, () => {}); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
