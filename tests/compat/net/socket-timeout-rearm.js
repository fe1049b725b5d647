// A socket's idle timeout cleared and set again (as http keep-alive does around
// every request) fires once, with the latest duration, and can be re-armed from
// its own 'timeout' handler.
const net = require('net');
const server = net.createServer((s) => s.on('data', () => {}));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const start = Date.now();
    let fired = 0;
    c.setTimeout(30);
    c.setTimeout(0);
    c.setTimeout(500);
    c.setTimeout(0);
    c.setTimeout(60);
    console.log('timeout property', c.timeout);
    c.on('timeout', () => {
      fired++;
      // 59: Date.now() and the loop's clock (which timers count on) each truncate
      // to whole milliseconds, in Node as here, so 60 ms can read as 59.
      console.log('timeout', fired, 'after at least 60ms:', Date.now() - start >= 59);
      if (fired === 1) {
        c.setTimeout(0);
        c.setTimeout(40);  // re-armed from its own handler
      } else {
        c.setTimeout(0);
        setTimeout(() => {
          console.log('no more timeouts:', fired === 2);
          c.destroy();
          server.close();
        }, 120);
      }
    });
  });
});
