// Strings are sent as UTF-8: multi-byte characters and their sizes.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const words = ['héllo', '日本語', '😀 emoji', ''];
let n = 0;
server.on('message', (msg, rinfo) => {
  console.log(JSON.stringify(msg.toString('utf8')), rinfo.size, msg.toString('hex'));
  if (++n === words.length) {
    server.close();
    client.close();
  }
});
let client;
server.bind(0, '127.0.0.1', () => {
  client = dgram.createSocket('udp4');
  const port = server.address().port;
  (async () => {
    for (const w of words) {
      await new Promise((r) => client.send(w, port, '127.0.0.1', (err, bytes) => { console.log('sent', bytes); r(); }));
    }
  })();
});
