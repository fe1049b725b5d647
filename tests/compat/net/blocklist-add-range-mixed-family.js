'use strict';
// addRange() with SocketAddress endpoints of different families: Node 20 accepts the
// rule (no "must come before end" error) and lists it in rules; a same-family reversed
// range still throws ERR_INVALID_ARG_VALUE.
const net = require('net');
const v4 = new net.SocketAddress({ address: '1.1.1.1' });
const v6 = new net.SocketAddress({ address: '::1', family: 'ipv6' });
const b = new net.BlockList();
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'throws', e.name, e.code); }
}
t('v4..v6', () => b.addRange(v4, v6));
t('v6..v4', () => b.addRange(v6, v4));
t('reversed v4', () => b.addRange('1.1.1.9', '1.1.1.1'));
console.log(b.rules);
// What such ranges match: only addresses that compare with both ends.
for (const [a, f] of [['1.1.1.1', 'ipv4'], ['1.1.1.5', 'ipv4'], ['0.0.0.1', 'ipv4'], ['::1', 'ipv6'], ['::2', 'ipv6'],
  ['::ffff:1.1.1.1', 'ipv6'], ['::ffff:1.1.1.5', 'ipv6'], ['1.1.1.3', 'ipv4']]) {
  console.log('check', a, b.check(a, f));
}
const c = new net.BlockList();
c.addRange(v4, new net.SocketAddress({ address: '::ffff:1.1.1.9', family: 'ipv6' }));
console.log('mapped end', c.check('1.1.1.5'), c.check('1.1.1.10'), c.check('::ffff:1.1.1.5', 'ipv6'), c.rules);
t('mapped reversed', () => c.addRange(new net.SocketAddress({ address: '::ffff:1.1.1.9', family: 'ipv6' }), v4));
