'use strict';
// Fault: peers that connect to a net echo server and send nothing, or send a little
// and then go quiet. The server's socket.setTimeout fires 'timeout' for each and the
// server destroys it; every quiet peer sees its connection end. Good echo clients
// are served meanwhile; the server ends with no connection.
const assert = require('assert');
const net = require('net');
const { goodTraffic, whenEmptyClose, hangGuard, summary, mustCall } = require('./common');

const PER_KIND = 15;
let timeouts = 0;

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.setTimeout(300);
  sock.on('timeout', () => {
    timeouts++;
    sock.destroy();
  });
  sock.pipe(sock);
});

// A quiet peer: sends `first` (maybe nothing) and waits for the server to hang up.
function quietPeer(port, first, cb) {
  const s = net.connect(port, '127.0.0.1', () => { if (first) s.write(first); });
  let echoed = '';
  s.setEncoding('latin1');
  s.on('data', (d) => { echoed += d; });
  s.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(echoed, first || '');
    cb();
  }));
}

hangGuard(60000, 'idle connections');
server.listen(0, '127.0.0.1', mustCall(() => {
  const port = server.address().port;
  const good = goodTraffic('echo', port);
  let pending = 0;
  let injected = 0;
  for (const first of [null, 'some bytes then silence']) {
    for (let i = 0; i < PER_KIND; i++) {
      pending++;
      injected++;
      quietPeer(port, first, () => { if (--pending === 0) finish(); });
    }
  }
  function finish() {
    good.stop(mustCall((served) => whenEmptyClose(server, mustCall(() => {
      assert.strictEqual(timeouts, injected);
      summary('net idle connections', injected, served);
    }))));
  }
}));
