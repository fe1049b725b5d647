// info: true gives { buffer, engine }, sync and async.
const zlib = require('zlib');
const r = zlib.gzipSync('info please', { info: true });
console.log(Object.keys(r), Buffer.isBuffer(r.buffer), r.engine instanceof zlib.Gzip, r.engine._closed);
console.log(zlib.gunzipSync(r.buffer, { info: true }).buffer.toString());
zlib.deflate('async info', { info: true }, (err, res) => {
  console.log(err, Object.keys(res), res.engine instanceof zlib.Deflate, res.engine.destroyed);
  console.log(zlib.inflateSync(res.buffer).toString());
  zlib.inflate(res.buffer, { info: false }, (err2, buf) => console.log(Buffer.isBuffer(buf), buf.toString()));
});
