'use strict';
// Array literals are built at their size at once (QuickJS patch 7): contents,
// length, holes, spreads, growth afterwards and property order must be as before.
const obj = { k: 1 };
const cases = {
  empty: [],
  one: [1],
  mixed: [1, 'two', obj, [3, [4]], null, undefined, 2n, Symbol.for('s').toString()],
  holes: [, 1, , 2, ,],
  spread: [0, ...[1, 2], ...'ab', 3],
  nested: [[[]], [[1]], [[1, 2]]],
  computed: [1 + 1, typeof obj, obj.k ? 'yes' : 'no'],
};
for (const [name, a] of Object.entries(cases)) {
  console.log(name, a.length, JSON.stringify(a, (k, v) => (typeof v === 'bigint' ? `${v}n` : v)),
              Object.keys(a).join(','), 0 in a);
}
const grown = [1, 2, 3];
for (let i = 4; i <= 40; i++) grown.push(i);
grown.length = 38;
grown[45] = 'far';
console.log(grown.length, grown.slice(35).map(String).join(','), grown.indexOf(20));
const big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
  26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39];
console.log(big.length, big.reduce((s, v) => s + v, 0), big.splice(10, 2).join(), big.length);
const frozen = Object.freeze([1, 2]);
try { frozen.push(3); } catch (e) { console.log(e.constructor.name); }
console.log(Array.isArray([]), [].concat([1], [[2]]).length, [1, 2].map((x) => [x, x * 2]));
