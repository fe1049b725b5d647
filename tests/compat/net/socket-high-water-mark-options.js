'use strict';
// Socket stream options: highWaterMark / readable- / writableHighWaterMark precedence,
// 0 allowed, objectMode options rejected (ERR_INVALID_ARG_VALUE) unless false,
// stream.setDefaultHighWaterMark() applies to new sockets, and createServer/connect
// highWaterMark reach accepted and client sockets.
const net = require('net');
const stream = require('stream');
const hw = (s) => [s.readableHighWaterMark, s.writableHighWaterMark].join('/');
console.log(hw(new net.Socket()));
console.log(hw(new net.Socket({ highWaterMark: 100 })));
console.log(hw(new net.Socket({ readableHighWaterMark: 10, writableHighWaterMark: 20 })));
console.log(hw(new net.Socket({ highWaterMark: 100, writableHighWaterMark: 20 })));
console.log(hw(new net.Socket({ highWaterMark: 0 })));
for (const k of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
  try { new net.Socket({ [k]: true }); console.log(k, 'accepted'); } catch (e) { console.log(k, e.name, e.code, e.message); }
  try { new net.Socket({ [k]: false }); console.log(k, 'false accepted'); } catch (e) { console.log(k, 'false', e.code); }
}
stream.setDefaultHighWaterMark(false, 1234);
console.log(hw(new net.Socket()));
const server = net.createServer({ highWaterMark: 50 }, (s) => {
  console.log('accepted', hw(s));
  s.end();
  server.close();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', highWaterMark: 77 });
  console.log('client', hw(c));
  c.resume();
});
