'use strict';
// Searching large buffers forwards and backwards, near both ends.
const big = Buffer.alloc(1 << 20, 'abcdefgh');
big.write('NEEDLE', 500000);
big.write('NEEDLE', 1000);
big.write('END', big.length - 3);
console.log(big.indexOf('NEEDLE'), big.lastIndexOf('NEEDLE'), big.indexOf('NEEDLE', 1001), big.lastIndexOf('NEEDLE', 499999));
console.log(big.indexOf('END'), big.lastIndexOf('abc'), big.indexOf('hab', -20), big.indexOf(Buffer.from('ghab'), 7), big.includes('ZZZ'));
console.log(big.indexOf(0x4e), big.lastIndexOf(0x4e), big.indexOf('NEEDLE', 0, 'latin1'), big.indexOf(Buffer.from('NEEDLE', 'ucs2')));
const u = Buffer.from('x'.repeat(10000) + 'needle' + 'x'.repeat(10), 'ucs2');
console.log(u.indexOf('needle', 'ucs2'), u.lastIndexOf('x', 'ucs2'), u.indexOf('xn', 'ucs2'), u.lastIndexOf('needle', 100, 'ucs2'));
