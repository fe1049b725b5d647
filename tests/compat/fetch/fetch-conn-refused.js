// A refused connection: TypeError 'fetch failed' whose cause is the socket error.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  server.close(async () => {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      console.log('unexpected success');
    } catch (e) {
      console.log(e.name, e.message, e instanceof TypeError);
      const c = e.cause;
      console.log(c instanceof Error, c.code, c.syscall, c.address, c.port === port, c.errno, c.message.replace(String(port), 'PORT'));
    }
  });
});
