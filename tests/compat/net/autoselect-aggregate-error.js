'use strict';
// When every address of a happy-eyeballs connect fails, the socket's error is
// Node's NodeAggregateError: an AggregateError (its constructor reads so) that is
// a Node error, with the first error's code, its stack line
// "AggregateError [ECONNREFUSED]: ", and each attempt's error in `errors`.
const net = require('net');
const util = require('util');
const srv = net.createServer().listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  srv.close(() => {
    const c = net.connect({ host: 'h.example', port, lookup: (h, o, cb) =>
      cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]) });
    c.on('error', (e) => {
      console.log(Object.keys(e), e.code, e instanceof AggregateError, e.constructor === AggregateError,
                  Object.getPrototypeOf(e) === AggregateError.prototype, e.name, JSON.stringify(e.message));
      console.log(e.stack.split('\n')[0], '|', util.inspect(e, { depth: 0 }).split('\n')[0]);
      console.log(e.errors.map((x) => `${x.code} ${x.syscall} ${x.address}`).join(', '));
    });
  });
});
