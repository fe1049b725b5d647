'use strict';
// toString(encoding, start, end) with out-of-range and odd start/end values.
const b = Buffer.from('hello world');
const cases = [[], ['utf8'], ['utf8', 2], ['utf8', 2, 5], ['utf8', -1, 3], ['utf8', 3, 100], ['utf8', 5, 2],
  ['utf8', NaN, NaN], ['utf8', '1', '3'], ['utf8', 1.9, 4.2], ['hex', 100], [undefined, 1, 3], ['latin1', null, 4],
  ['ascii', 0, -1], ['base64', 0, Infinity], ['utf8', {}, 3], ['utf8', 11]];
for (const args of cases) console.log(JSON.stringify(args), JSON.stringify(b.toString(...args)));
for (const enc of ['bogus', '', null, 0, 'utf 8']) {
  try { console.log(JSON.stringify(b.toString(enc))); } catch (e) { console.log(String(enc), e.code, e.name, e.message); }
}
console.log(JSON.stringify(Buffer.alloc(0).toString('bogus')), b.toLocaleString(), String(b), `${b.subarray(0, 5)}`);
