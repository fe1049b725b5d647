'use strict';
// BlockList.check() with a family string that is not ipv4/ipv6 returns false (Node
// swallows the SocketAddress error); a non-string family or address throws
// ERR_INVALID_ARG_TYPE naming "family"/"address"; an unparsable address is false.
// addAddress/addRange/addSubnet with a non-string family: same "family" argument error.
const net = require('net');
const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addAddress('::1', 'ipv6');
function t(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, 'throws', e.name, e.code, e.message); }
}
t('ipv5', () => b.check('1.2.3.4', 'ipv5'));
t('empty family', () => b.check('1.2.3.4', ''));
t('inet6', () => b.check('::1', 'inet6'));
t('IPv6 mixed case', () => b.check('::1', 'IpV6'));
t('family number', () => b.check('1.2.3.4', 4));
t('family null', () => b.check('1.2.3.4', null));
t('address object', () => b.check({}, 'ipv4'));
t('v6 address with ipv4 family', () => b.check('::1', 'ipv4'));
t('garbage address', () => b.check('not-an-ip'));
// The add* methods validate a non-string family the same way ("family" argument).
t('addAddress family 4', () => b.addAddress('1.2.3.4', 4));
t('addRange family 6', () => b.addRange('::1', '::2', 6));
t('addSubnet family true', () => b.addSubnet('1.2.3.0', 24, true));
t('addAddress family ipv5', () => b.addAddress('1.2.3.4', 'ipv5'));
