// options.lookup is called with (address, family, cb) for bind, send and connect.
const dgram = require('dgram');
const dns = require('dns');
const lookup = (host, family, cb) => {
  console.log('lookup', host, family);
  dns.lookup(host === 'myhost' ? '127.0.0.1' : host, family, cb);
};
const server = dgram.createSocket({ type: 'udp4', lookup });
server.on('message', (m) => {
  console.log('got', m.toString());
  if (m.toString() === 'two') { server.close(); c.close(); }
});
let c;
server.bind(0, 'myhost', () => {
  c = dgram.createSocket({ type: 'udp4', lookup });
  c.send('one', server.address().port, 'myhost', () => {
    c.connect(server.address().port, () => c.send('two'));
  });
});
