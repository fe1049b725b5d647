// Strings written with an encoding, setEncoding on the output, and _processChunk.
const zlib = require('zlib');
const d = zlib.createDeflateRaw();
const parts = [];
d.on('data', (c) => parts.push(c));
d.on('end', () => {
  const inf = zlib.createInflateRaw();
  inf.setEncoding('hex');
  let hex = '';
  inf.on('data', (s) => { hex += s; });
  inf.on('end', () => {
    console.log(hex, Buffer.from(hex, 'hex').toString('latin1'));
    // The legacy _processChunk(chunk, flushFlag) without a callback is synchronous.
    const g = zlib.createGzip();
    const out = g._processChunk(Buffer.from('legacy'), zlib.constants.Z_FINISH);
    console.log(zlib.gunzipSync(out).toString(), g._closed);
  });
  inf.end(Buffer.concat(parts));
});
d.write('68656c6c6f20', 'hex');
d.write('d29ybGQ=', 'base64');
d.write('\xe9t\xe9', 'latin1');
d.end(' ok', 'utf8');
