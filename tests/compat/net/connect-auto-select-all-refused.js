'use strict';
// autoSelectFamily with a custom lookup that returns several addresses, all refused:
// lookup() options (all: true, hints), the address order tried (families interleaved),
// connectionAttempt/connectionAttemptFailed events, the final AggregateError (code,
// empty message, sub-errors) after which 'close' has hadError true, and
// autoSelectFamilyAttemptedAddresses. Uses ::1, as ipv6-connect does.
const net = require('net');
const closed = net.createServer();
closed.listen(0, '127.0.0.1', () => {
  const port = closed.address().port;
  closed.close(() => {
    const lookup = (host, opts, cb) => {
      console.log('lookup called', host, JSON.stringify(opts));
      if (opts.all) cb(null, [{ address: '127.0.0.1', family: 4 }, { address: '127.0.0.2', family: 4 }, { address: '::1', family: 6 }]);
      else cb(null, '127.0.0.1', 4);
    };
    const c = net.connect({ port, host: 'multi.test', lookup, autoSelectFamily: true });
    c.on('lookup', (err, a, f, h) => console.log('lookup event', err, a, f, h));
    c.on('connectionAttempt', (ip, p, fam, ...rest) => console.log('attempt', ip, p === port, fam, rest.length));
    c.on('connectionAttemptFailed', (ip, p, fam, err) => console.log('attempt failed', ip, p === port, fam, err.code, err.message.replace(String(port), 'PORT')));
    c.on('connectionAttemptTimeout', (ip, p, fam) => console.log('attempt timeout', ip, fam));
    c.on('error', (e) => {
      console.log('error', e.name, e.code, e.constructor.name, e.message.replace(new RegExp(String(port), 'g'), 'PORT'));
      if (e.errors) for (const x of e.errors) console.log(' sub', x.code, x.address, x.syscall);
      console.log('autoSelectFamilyAttemptedAddresses', JSON.stringify(c.autoSelectFamilyAttemptedAddresses).replace(new RegExp(String(port), 'g'), 'PORT'));
    });
    c.on('close', (h) => console.log('close', h));
  });
});
