// Every accepted input type, sync and async, and the same result for each.
const zlib = require('zlib');
const text = 'typed input 0123456789';
const buf = Buffer.from(text);
const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
const inputs = {
  string: text,
  Buffer: buf,
  Uint8Array: new Uint8Array(ab.slice(0)),
  Uint16Array: new Uint16Array(ab.slice(0, 22)),
  DataView: new DataView(ab.slice(0)),
  ArrayBuffer: ab.slice(0),
  offsetView: new Uint8Array(Buffer.concat([Buffer.from('xx'), buf]).buffer, 2 + Buffer.concat([Buffer.from('xx'), buf]).byteOffset, buf.length),
};
for (const [k, v] of Object.entries(inputs)) {
  console.log(k, zlib.inflateSync(zlib.deflateSync(v)).toString());
}
const keys = Object.keys(inputs);
(function next(i) {
  if (i === keys.length) return;
  zlib.gzip(inputs[keys[i]], (err, out) => {
    console.log('async', keys[i], err, zlib.gunzipSync(out).toString());
    next(i + 1);
  });
})(0);
