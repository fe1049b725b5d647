'use strict';
// readyState of a client: connect -> opening, open, readOnly after end(), closed.
const net = require('net');
const server = net.createServer((s) => { s.resume(); s.on("end", () => setTimeout(() => s.end(), 5)); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const seq = [];
  const c = net.connect(port, '127.0.0.1');
  seq.push(c.readyState);
  c.on('connect', () => { seq.push(c.readyState); c.end(); seq.push(c.readyState); });
  c.resume();
  c.on('end', () => seq.push('end:' + c.readyState));
  c.on('close', () => { seq.push(c.readyState); console.log(seq.join(' ')); server.close(); });
});
