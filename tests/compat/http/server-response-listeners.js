// A response's listeners as the handler sees them: the server's own 'finish'
// listener first, the user's after it in order, removal and re-adding, once(),
// 'newListener'/'removeListener' events; a response made with `new` has none; the
// next response on the same connection starts fresh again.
const http = require('http');

const fresh = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
console.log('fresh:', fresh.eventNames(), fresh.listenerCount('finish'));
const out = new http.OutgoingMessage();
console.log('outgoing:', out.eventNames(), out.listenerCount('finish'));
out.on('x', () => {});
console.log('outgoing after on:', out.eventNames(), new http.OutgoingMessage().eventNames());

let n = 0;
const server = http.createServer((req, res) => {
  const id = ++n;
  console.log(`req ${id}:`, res.eventNames(), res.listenerCount('finish'), res.listenerCount('close'));
  if (id === 1) {
    res.on('newListener', (name) => console.log('  newListener', name));
    res.on('removeListener', (name) => console.log('  removeListener', name));
    const a = () => console.log('  finish a');
    res.on('finish', a);
    res.once('finish', () => console.log('  finish once'));
    res.prependListener('finish', () => console.log('  finish prepended'));
    res.on('close', () => console.log('  close', res.writableFinished));
    res.removeListener('finish', a);
    res.on('finish', a);
    console.log('  names:', res.eventNames(), res.listenerCount('finish'));
  } else if (id === 2) {
    res.removeAllListeners('finish');
    console.log('  after removeAll:', res.eventNames());
    res.on('finish', () => console.log('  finish (only the user\'s)'));
  }
  res.end(`r${id}`);
});

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => {
      // The second response loses the server's own listener: its connection must
      // not be reused (the server never hands it on), so that request closes it.
      const headers = i === 1 ? { Connection: 'close' } : {};
      http.get({ port: server.address().port, agent, headers }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => { console.log('body', body); setImmediate(resolve); });
      });
    });
  }
  agent.destroy();
  server.close();
});
