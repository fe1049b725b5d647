// getCurves(): the EC curves of this libcrypto, sorted, a fresh array each call;
// secureHeapUsed() without a secure heap.
const c = require('crypto');

const curves = c.getCurves();
console.log(curves.length, curves.join(' '));
console.log(curves !== c.getCurves(), curves.includes('prime256v1'), curves.includes('P-256'));
curves.push('x');
console.log(c.getCurves().length === curves.length - 1);
console.log(c.secureHeapUsed(), c.secureHeapUsed.length, c.secureHeapUsed() !== c.secureHeapUsed());
