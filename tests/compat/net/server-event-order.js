'use strict';
// Server events: listening, connection, close (after its one connection ends).
const net = require('net');
const events = [];
const server = net.createServer();
for (const ev of ['listening', 'connection', 'close', 'error', 'drop']) server.on(ev, () => events.push(ev));
server.on('connection', (s) => { s.end(); server.close(); });
server.on('close', () => console.log(events.join(' ')));
server.listen(0, '127.0.0.1', () => net.connect(server.address().port, '127.0.0.1').resume());
