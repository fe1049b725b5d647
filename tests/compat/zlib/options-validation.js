// Option checks: Node's error classes, codes and messages.
const zlib = require('zlib');
function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const cases = {
  level: [-2, 10, 1.5, '3', Infinity, NaN, -1, 9],
  memLevel: [0, 10, 1, 9],
  strategy: [-1, 5, 4],
  windowBits: [7, 16, 8, 9, 0],
  chunkSize: [63, 64, 'big', -Infinity, NaN],
  flush: [-1, 6, 5],
  finishFlush: [7, 2],
  dictionary: ['dict', 42, new ArrayBuffer(4), new Uint16Array(2), null],
};
for (const [key, values] of Object.entries(cases)) {
  for (const v of values) tryIt(`deflate ${key}=${String(v)}`, () => zlib.createDeflate({ [key]: v }));
}
tryIt('gzip windowBits=8', () => zlib.createGzip({ windowBits: 8 }));
tryIt('inflate windowBits=0', () => zlib.createInflate({ windowBits: 0 }));
tryIt('gunzip windowBits=0', () => zlib.createGunzip({ windowBits: 0 }));
tryIt('inflateRaw windowBits=0', () => zlib.createInflateRaw({ windowBits: 0 }));
const opts = { windowBits: 8 };
zlib.createDeflateRaw(opts);
console.log('deflateRaw changed windowBits to', opts.windowBits);
tryIt('sync input number', () => zlib.gzipSync(5));
tryIt('sync input object', () => zlib.gzipSync({}));
tryIt('async no callback', () => zlib.gzip('x'));
tryIt('async callback not function', () => zlib.gzip('x', {}, 'cb'));
tryIt('async input number', () => zlib.gzip(5, () => {}));
tryIt('encoding option ignored', () => {
  const d = zlib.createDeflate({ encoding: 'hex', objectMode: true });
  console.log(d.readableEncoding, d.readableObjectMode, d.writableObjectMode);
});
