'use strict';
// SocketAddress option edge cases: flowlabel is ignored (reads 0) for IPv4, a non-string
// family is ERR_INVALID_ARG_VALUE (not a type error), a mixed-case family picks the
// right default address, and structuredClone() yields a SocketAddress again.
const net = require('net');
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
}
t('v4 flowlabel', () => new net.SocketAddress({ address: '1.2.3.4', flowlabel: 7 }).flowlabel);
t('v4 flowlabel json', () => JSON.stringify(new net.SocketAddress({ flowlabel: 7 })));
t('v6 flowlabel', () => new net.SocketAddress({ family: 'ipv6', flowlabel: 7 }).flowlabel);
t('family 6', () => new net.SocketAddress({ family: 6 }).address);
t('family null', () => new net.SocketAddress({ family: null }).address);
t('family IPv6', () => new net.SocketAddress({ family: 'IPv6' }).family);
const sa = new net.SocketAddress({ address: '::1', family: 'ipv6', port: 443, flowlabel: 3 });
// (structuredClone of a SocketAddress, which Node supports, is not here: protoJS's
// structuredClone has no transferable classes.)
