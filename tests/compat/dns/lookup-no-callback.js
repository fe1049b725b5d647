'use strict';
// dns.lookup without a callback throws ERR_INVALID_ARG_TYPE.
const dns = require('dns');
try { dns.lookup('localhost'); } catch (e) { console.log(e.name, e.code); console.log(e.message); }
