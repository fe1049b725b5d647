'use strict';
// new net.Socket() and net.connect() check options.keepAliveInitialDelay is a
// number (ERR_INVALID_ARG_TYPE) and set a negative one to 0 in the caller's
// options object, as Node does.
const net = require('net');
for (const v of ['x', null, '1000']) {
  try { new net.Socket({ keepAliveInitialDelay: v }); console.log('ok', v); }
  catch (e) { console.log(e.name, e.code, e.message); }
}
try { net.connect({ port: 1, keepAliveInitialDelay: '1000' }).destroy(); console.log('connect ok'); }
catch (e) { console.log(e.code, e.message); }
const o = { keepAliveInitialDelay: -5 };
new net.Socket(o);
console.log(o.keepAliveInitialDelay);
