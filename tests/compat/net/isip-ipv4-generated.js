// isIPv4 / isIP on generated strings near the dotted-quad grammar: every part from a
// list of edge values (leading zeros, 255/256, four digits, signs, spaces, empty),
// in each of the four positions, plus too few and too many parts and odd separators.
// Prints a checksum of the answers and the accepted strings, so any difference shows.
const net = require('net');
const parts = ['0', '00', '01', '1', '9', '10', '99', '100', '199', '200', '249', '250', '255', '256',
  '300', '999', '0255', '1000', '-1', '+1', ' 1', '1 ', '', 'a', '1a', '0x1', '１'];
const accepted = [];
let hash = 0;
let count = 0;
function check(s) {
  const v4 = net.isIPv4(s);
  const ip = net.isIP(s);
  hash = (hash * 31 + (v4 ? 1 : 0) + ip * 7) >>> 0;
  count++;
  if (v4) accepted.push(s);
}
for (const p of parts) {
  for (let pos = 0; pos < 4; pos++) {
    const q = ['1', '2', '3', '4'];
    q[pos] = p;
    check(q.join('.'));
  }
}
for (const s of ['1.2.3', '1.2.3.4.5', '1..2.3', '.1.2.3.4', '1.2.3.4.', '1,2,3,4', '1.2.3.4\n',
  '1.2.3.4%eth0', '127.0.0.1', '0.0.0.0', '255.255.255.255', '255.255.255.256', '::ffff:1.2.3.4']) {
  check(s);
}
console.log(count, hash, accepted.length);
console.log(accepted.join(' '));
