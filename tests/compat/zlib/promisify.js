// util.promisify of the callback functions, and stream/promises pipeline.
const zlib = require('zlib');
const util = require('util');
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
const gzip = util.promisify(zlib.gzip);
const gunzip = util.promisify(zlib.gunzip);
(async () => {
  const packed = await gzip('promised');
  console.log((await gunzip(packed)).toString());
  try { await gunzip(Buffer.from('nope')); } catch (e) { console.log('rejected', e.code, e.errno, e.message); }
  const parts = [];
  await pipeline(Readable.from(['a', 'b', 'c'].map((s) => s.repeat(1000))), zlib.createDeflate(), zlib.createInflate(),
    new Writable({ write(c, e, cb) { parts.push(c); cb(); } }));
  console.log('pipeline', Buffer.concat(parts).length);
})();
