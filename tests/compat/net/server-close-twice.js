'use strict';
// Closing an already closed server gives ERR_SERVER_NOT_RUNNING to the second callback.
const net = require('net');
const server = net.createServer();
server.listen(0, () => {
  server.close((e) => console.log('first', e));
  server.close((e) => console.log('second', e && e.code));
});
