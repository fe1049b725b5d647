'use strict';
const util = require('util');
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
console.log('before abort');
ac.abort();
util.aborted({}, {}).catch((e) => console.log(e.code, e.message));
util.aborted(ac.signal, null).catch((e) => console.log(e.code, e.message));
