// Gunzip reads concatenated gzip members; zero padding after a member ends the
// stream, other trailing bytes are an error.
const zlib = require('zlib');
const a = zlib.gzipSync('first member;');
const b = zlib.gzipSync('second member;');
const c = zlib.gzipSync('third');
const all = Buffer.concat([a, b, c]);
console.log(zlib.gunzipSync(all).toString());
console.log(zlib.unzipSync(all).toString());
console.log(zlib.gunzipSync(Buffer.concat([a, Buffer.alloc(10)])).toString());
try { zlib.gunzipSync(Buffer.concat([a, Buffer.from('garbage!')])); } catch (e) { console.log(e.message, e.code, e.errno); }
// Deflate streams stop at their end: trailing data is ignored.
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('one'), zlib.deflateSync('two')])).toString());
zlib.gunzip(all, (err, out) => {
  console.log('async', err, out.toString());
  // Members split across writes, one byte at a time.
  const g = zlib.createGunzip();
  let text = '';
  g.setEncoding('utf8');
  g.on('data', (s) => { text += s; });
  g.on('end', () => console.log('stream', text));
  for (let i = 0; i < all.length; i++) g.write(all.subarray(i, i + 1));
  g.end();
});
