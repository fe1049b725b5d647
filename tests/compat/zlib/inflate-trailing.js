// A stream that ends before its input does: the stream ends, the rest is ignored.
const zlib = require('zlib');
const packed = Buffer.concat([zlib.deflateSync('the real data'), Buffer.from('junk after the end')]);
const i = zlib.createInflate();
let out = '';
i.setEncoding('utf8');
i.on('data', (d) => { out += d; });
i.on('end', () => console.log('end', JSON.stringify(out)));
i.on('finish', () => console.log('finish'));
i.on('close', () => console.log('close'));
i.on('error', (e) => console.log('error', e.message));
i.end(packed);
console.log(zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('raw'), Buffer.from([1, 2, 3])])).toString());
