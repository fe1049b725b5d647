'use strict';
// pauseOnConnect: the accepted socket starts paused and reads after resume().
const net = require('net');
const server = net.createServer({ pauseOnConnect: true }, (s) => {
  console.log('paused', s.isPaused(), s.readableFlowing);
  s.on('data', (d) => console.log('data', d.toString()));
  s.on('end', () => { console.log('end'); server.close(); });
  setTimeout(() => { console.log('resume'); s.resume(); }, 20);
});
server.listen(0, '127.0.0.1', () => net.connect(server.address().port, '127.0.0.1', function() { this.end('hi'); }));
