// Unzip picks gzip or zlib format from the first two bytes, even when they
// arrive in separate writes; raw deflate data is not detected.
const zlib = require('zlib');
const text = 'autodetect me';
const gz = zlib.gzipSync(text);
const df = zlib.deflateSync(text);
console.log(zlib.unzipSync(gz).toString(), zlib.unzipSync(df).toString());
try { zlib.unzipSync(zlib.deflateRawSync(text)); } catch (e) { console.log('raw:', e.message, e.code, e.errno); }
function feed(buf, splits, cb) {
  const u = zlib.createUnzip();
  const out = [];
  u.on('data', (d) => out.push(d));
  u.on('error', (e) => cb(`error ${e.message}`));
  u.on('end', () => cb(Buffer.concat(out).toString()));
  let pos = 0;
  for (const s of splits) { u.write(buf.subarray(pos, s)); pos = s; }
  u.end(buf.subarray(pos));
}
feed(gz, [1, 2], (r) => {
  console.log('gzip split 1|1|rest:', r);
  feed(df, [1], (r2) => {
    console.log('zlib split 1|rest:', r2);
    feed(Buffer.from([0x1f, 0x00, 1, 2, 3]), [1], (r3) => console.log('1f then junk:', r3));
  });
});
