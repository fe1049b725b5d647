// Hash and Hmac as stream Transforms (LazyTransform): write/end/read, 'data',
// setEncoding, pipe, and digest() still usable after the stream ended.
const crypto = require('crypto');
const { Readable, Transform, pipeline } = require('stream');

const expected = crypto.createHash('sha256').update('streaming data').digest('hex');
console.log(crypto.createHash('sha256') instanceof Transform);

const h1 = crypto.createHash('sha256');
h1.write('streaming ');
h1.end('data');
h1.on('readable', function onReadable() {
  const chunk = h1.read();
  if (chunk === null) return;
  console.log('read', Buffer.isBuffer(chunk), chunk.toString('hex') === expected);
});
h1.on('finish', () => console.log('finish h1'));
h1.on('end', () => console.log('end h1'));

const h2 = crypto.createHash('sha256');
h2.setEncoding('hex');
h2.on('data', (d) => console.log('data hex', d === expected));
h2.end('streaming data');

const source = Readable.from([Buffer.from('streaming '), Buffer.from('data')]);
const h3 = crypto.createHash('sha256');
pipeline(source, h3, (err) => {
  console.log('pipeline', err, h3.read().toString('hex') === expected);
});

const h4 = crypto.createHmac('sha1', 'key');
h4.on('data', (d) => console.log('hmac data', d.toString('hex') === crypto.createHmac('sha1', 'key').update('abc').digest('hex')));
h4.write(Buffer.from('a'));
h4.write('bc', 'utf8');
h4.end();

// Writing a string with an encoding.
const h5 = crypto.createHash('md5');
h5.end('616263', 'hex');
h5.on('data', (d) => console.log('hex write', d.toString('hex') === crypto.createHash('md5').update('abc').digest('hex')));

// After the stream digested, digest() returns the same digest (cached).
const h6 = crypto.createHash('sha1');
h6.end('x');
h6.on('end', () => console.log('digest after end', h6.digest('hex') === crypto.createHash('sha1').update('x').digest('hex')));
h6.resume();

// A plain update/digest hash never builds stream state.
const h7 = crypto.createHash('sha1').update('y');
console.log(Object.getOwnPropertyNames(h7).join(','));
h7.digest();
console.log(Object.getOwnPropertyNames(h7).join(','));
