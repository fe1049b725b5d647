// options.signal: aborting closes the socket; an already aborted signal closes at once.
const dgram = require('dgram');
const ac = new AbortController();
const s = dgram.createSocket({ type: 'udp4', signal: ac.signal });
s.on('close', () => console.log('s close'));
s.bind(0, '127.0.0.1', () => {
  console.log('listening');
  ac.abort();
  console.log('aborted');
  ac.abort();
});
const t = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
t.on('close', () => console.log('t close'));
try { t.bind(0); } catch (e) { console.log('t bind', e.code); }
