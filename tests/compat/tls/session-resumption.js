'use strict';
// 'session' gives the client a session it can resume with the `session` option.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const server = tls.createServer(serverOptions(), (s) => s.end('x'));
server.listen(0, () => {
  const port = server.address().port;
  let saved;
  let sessions = 0;
  const c = tls.connect({ port, host: 'localhost', ca: pem('ca') }, () => {
    console.log('first reused', c.isSessionReused());
  });
  c.on('session', (session) => {
    sessions++;
    saved = session;
    console.log('session is a Buffer', Buffer.isBuffer(session), session.length > 0);
  });
  c.resume();
  c.on('close', () => {
    console.log('sessions', sessions > 0, 'getSession', Buffer.isBuffer(c.getSession()) || c.getSession() === undefined);
    const c2 = tls.connect({ port, host: 'localhost', ca: pem('ca'), session: saved }, () => {
      console.log('second reused', c2.isSessionReused(), 'authorized', c2.authorized);
    });
    c2.resume();
    c2.on('close', () => server.close());
  });
});
