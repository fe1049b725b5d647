'use strict';
// listen(port, host, backlog, cb) and listen(port, cb) both call back.
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', 5, () => {
  console.log('a', a.address().address);
  const b = net.createServer();
  b.listen(0, () => { console.log('b', typeof b.address().port); a.close(); b.close(); });
});
