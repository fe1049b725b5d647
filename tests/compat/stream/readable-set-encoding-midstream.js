// setEncoding() after bytes are buffered re-decodes the buffer (including a
// split multi-byte char); setEncoding twice; unknown encodings; unshift and
// push with encodings on an encoded stream.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
const euro = Buffer.from('€');
r.push(Buffer.from('ab'));
r.push(euro.subarray(0, 2));
log('length before', r.readableLength);
r.setEncoding('utf8');
log('length after', r.readableLength, 'encoding', r.readableEncoding);
log('read', JSON.stringify(r.read()));
r.push(euro.subarray(2));
log('read rest', JSON.stringify(r.read()));
const ret = r.setEncoding('hex');
log('returns this', ret === r, 'encoding', r.readableEncoding);
r.push(Buffer.from([1, 2]));
log('hex', r.read());
r.unshift('ff', 'hex');
log('unshift hex', JSON.stringify(r.read()));
try { r.setEncoding('nope'); } catch (e) { log('bad', e.name, e.code, e.message); }
log('encoding still', r.readableEncoding);

// latin1 / base64 mid-stream with data listener
const s = new Readable({ read() {} });
const out = [];
s.push(Buffer.from('hello'));
s.setEncoding('base64');
s.on('data', (c) => out.push(c));
s.push(Buffer.from('!'));
s.push(null);
s.on('end', () => log('base64 chunks', JSON.stringify(out), 'joined', Buffer.from(out.join(''), 'base64').toString()));

// push(string, encoding) in byte mode converts to Buffer
const t = new Readable({ read() {} });
t.push('aGk=', 'base64');
t.push('6869', 'hex');
log('decoded bytes', t.read().toString());
// push of a string in objectMode keeps it a string
const u = new Readable({ objectMode: true, read() {} });
u.push('str', 'hex');
log('object string', JSON.stringify(u.read()));
