'use strict';
// Sockets whose writable side nothing has touched yet (protojs makes a socket's
// WritableState on first use): what they report, and what a first write, end(),
// cork() or destroy() does on them, on both ends of a connection and unconnected.
const net = require('net');

function describe(label, s) {
  const destroyed = s.destroyed;  // first: the one getter that need not make the state
  const w = s._writableState;
  console.log(label, JSON.stringify({
    writable: s.writable, destroyed, writableLength: s.writableLength,
    writableHighWaterMark: s.writableHighWaterMark, writableEnded: s.writableEnded,
    writableFinished: s.writableFinished, writableCorked: s.writableCorked,
    writableNeedDrain: s.writableNeedDrain, writableObjectMode: s.writableObjectMode,
    bufferSize: s.bufferSize, readyState: s.readyState, pending: s.pending,
    state: w && [w.highWaterMark, w.objectMode, w.decodeStrings, w.emitClose, w.autoDestroy,
      w.ended, w.finished, w.destroyed, w.errored, w.length, w.corked, w.defaultEncoding],
    same: s._writableState === w,
  }));
}

const order = [];
function track(name, s) {
  for (const ev of ['connect', 'ready', 'end', 'finish', 'prefinish', 'close', 'error']) {
    s.on(ev, (arg) => order.push(`${name}:${ev}${ev === 'close' ? `(${arg})` : ''}${ev === 'error' ? `(${arg.code})` : ''}`));
  }
}

describe('unconnected', new net.Socket());
describe('unconnected hwm 100', new net.Socket({ writableHighWaterMark: 100 }));
describe('unconnected hwm 7', new net.Socket({ highWaterMark: 7 }));
{
  const s = new net.Socket();
  console.log('destroyed before use', s.destroyed);
  s.destroy();
  console.log('destroyed after destroy()', s.destroyed, s.writable, s.writableEnded);
  s.on('close', (e) => console.log('unconnected close', e));
}
{
  const s = new net.Socket();
  s.cork();
  console.log('corked', s.writableCorked);
  s.destroy();
}

const steps = [];
let port;
const servers = [];
function startServer(opts, onSocket) {
  const server = net.createServer(opts, onSocket);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function main() {
  // 1. idle both ends, then the client ends its side.
  let resolveDone;
  let done = new Promise((r) => { resolveDone = r; });
  port = await startServer({}, (sock) => {
    describe('accepted idle', sock);
    track('server', sock);
    sock.on('end', () => { describe('accepted after end', sock); });
    sock.on('close', () => resolveDone());
  });
  const c1 = net.connect(port, '127.0.0.1', () => {
    describe('client connected', c1);
    setTimeout(() => c1.end(), 20);
  });
  track('client', c1);
  await done;
  await new Promise((r) => setTimeout(r, 20));
  console.log(order.splice(0).join(' '));

  // 2. the server destroys an accepted socket it never wrote to.
  done = new Promise((r) => { resolveDone = r; });
  const p2 = await startServer({ highWaterMark: 1024 }, (sock) => {
    describe('accepted, server hwm 1024', sock);
    track('server', sock);
    setTimeout(() => sock.destroy(), 10);
  });
  const c2 = net.connect(p2, '127.0.0.1');
  track('client', c2);
  c2.on('close', () => resolveDone());
  c2.resume();
  await done;
  await new Promise((r) => setTimeout(r, 20));
  console.log(order.splice(0).join(' '));

  // 3. cork, write, uncork on a socket idle until then; echo back.
  done = new Promise((r) => { resolveDone = r; });
  const p3 = await startServer({}, (sock) => {
    sock.on('data', (d) => {
      steps.push(`server got ${d}`);
      sock.cork();
      console.log('server write returns', sock.write(d), sock.write('!'));
      describe('accepted after write', sock);
      sock.uncork();
      sock.end();
    });
  });
  const c3 = net.connect(p3, '127.0.0.1', () => {
    c3.cork();
    c3.write('a');
    c3.write('b', () => steps.push('client write cb'));
    c3.uncork();
  });
  let got = '';
  c3.on('data', (d) => { got += d; });
  c3.on('end', () => { steps.push(`client got ${got}`); c3.end(); });
  c3.on('close', () => resolveDone());
  await done;
  console.log(steps.join(' | '));

  // 4. a client destroyed with an error before it ever wrote.
  const c4 = net.connect(port, '127.0.0.1', () => {
    c4.destroy(new Error('boom'));
  });
  track('c4', c4);
  await new Promise((r) => c4.on('close', r));
  console.log(order.splice(0).join(' '));
  describe('c4 after destroy', c4);

  for (const s of servers) s.close();
}
main();
