// read(n) in objectMode (always one object), with setEncoding (n counts
// characters), read(0), reading across several buffered chunks, and
// highWaterMark 0 streams.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);

// objectMode: read(n) returns one item regardless of n
const o = new Readable({ objectMode: true, read() {} });
o.push('abc'); o.push({ x: 1 }); o.push(42);
log('obj read(2)', JSON.stringify(o.read(2)), 'left', o.readableLength);
log('obj read(0)', o.read(0), 'left', o.readableLength);
log('obj read()', JSON.stringify(o.read()), 'left', o.readableLength);

// byte mode: read(n) joins across chunks
const b = new Readable({ read() {} });
b.push('ab'); b.push('cde'); b.push('f');
log('bytes read(4)', b.read(4).toString(), 'left', b.readableLength);
log('bytes read(1)', b.read(1).toString(), 'left', b.readableLength);
log('bytes read(5)', b.read(5), 'left', b.readableLength);
log('bytes read()', b.read().toString(), 'left', b.readableLength);

// encoding: read(n) counts characters, length counts chars too
const e = new Readable({ read() {} });
e.setEncoding('utf8');
e.push(Buffer.from('héllo wörld'));
log('enc length', e.readableLength, 'encoding', e.readableEncoding);
log('enc read(3)', JSON.stringify(e.read(3)), 'left', e.readableLength);
log('enc read()', JSON.stringify(e.read()), 'left', e.readableLength);

// encoding set in constructor, push with explicit encoding
const h = new Readable({ encoding: 'hex', read() {} });
h.push('hi', 'utf8');
h.push(Buffer.from([255]));
log('hex read()', h.read());

// read(n) above highWaterMark bumps it
const big = new Readable({ highWaterMark: 2, read() {} });
big.push('x');
log('hwm before', big.readableHighWaterMark);
log('read(100)', big.read(100));
log('hwm after', big.readableHighWaterMark);
try { big.read(2 ** 31); } catch (err) { log('huge', err.name, err.code, err.message); }

// highWaterMark 0: push returns false, data still flows
let n = 0;
const z = new Readable({ highWaterMark: 0, read() { n++; log('z _read', n); this.push(n < 3 ? `z${n}` : null); } });
log('z hwm', z.readableHighWaterMark);
z.on('data', (c) => log('z data', c.toString(), 'length', z.readableLength));
z.on('end', () => log('z end'));
