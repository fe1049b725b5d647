'use strict';
// A connected socket nobody reads stops reading once its buffer is full, and a
// socket that is not reading (and has no write in flight) does not keep the process
// alive: with the server in another process, this one exits while still connected.
const net = require('net');
const { spawn } = require('child_process');

const serverCode = `
const net = require('net');
const server = net.createServer((s) => {
  const chunk = Buffer.alloc(64 * 1024, 120);
  (function pump() { while (s.write(chunk)); s.once('drain', pump); })();
  s.on('error', () => process.exit(0));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;
const child = spawn(process.execPath, ['-e', serverCode], { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.once('data', (d) => {
  child.stdout.destroy();
  child.unref();
  const sock = net.connect(+d.toString(), '127.0.0.1', () => console.log('connected'));
  setTimeout(() => {
    console.log('read some', sock.bytesRead > 0, 'buffered at least the highWaterMark',
                sock.readableLength >= sock.readableHighWaterMark);
  }, 200);
  process.on('exit', (code) => {
    console.log('exit', code, 'destroyed', sock.destroyed);
    child.kill();
  });
});
