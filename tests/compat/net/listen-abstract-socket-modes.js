'use strict';
// readableAll or writableAll on an abstract unix socket path throws
// ERR_INVALID_ARG_VALUE before listening, as in Node (there is no file to chmod).
const net = require('net');
for (const o of [{ path: '\0hunt-abs', readableAll: true }, { path: '\0hunt-abs2', writableAll: true }]) {
  const s = net.createServer();
  try { s.listen(o, () => { console.log('listening', JSON.stringify(s.address())); s.close(); }); }
  catch (e) { console.log(e.name, e.code, e.message); }
}
