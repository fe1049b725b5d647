// process.stdin from /dev/null is a Readable that ends at once.
const { Readable } = require('stream');
console.log('readable', process.stdin instanceof Readable, 'fd', process.stdin.fd);
let bytes = 0;
process.stdin.on('data', (c) => { bytes += c.length; });
process.stdin.on('end', () => console.log('end, bytes', bytes));
