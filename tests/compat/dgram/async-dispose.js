// socket[Symbol.asyncDispose]() closes the socket; a second call is a no-op.
const dgram = require('dgram');
(async () => {
  const s = dgram.createSocket('udp4');
  s.on('close', () => console.log('close event'));
  await new Promise((r) => s.bind(0, '127.0.0.1', r));
  console.log(typeof s[Symbol.asyncDispose]);
  const p = s[Symbol.asyncDispose]();
  console.log(p instanceof Promise);
  console.log('resolved', await p);
  console.log('again', await s[Symbol.asyncDispose]());
  try { s.address(); } catch (e) { console.log(e.code); }
})();
