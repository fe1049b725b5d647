// Writable accepts any TypedArray or DataView and hands _write a Buffer.
const { Writable, Readable } = require('stream');
const w = new Writable({ write(c, e, cb) { console.log(Buffer.isBuffer(c), e, c.length, c.toString('hex')); cb(); } });
w.write(new Uint8Array([1, 2]));
w.write(new Uint16Array([0x0102]));
w.write(new DataView(new ArrayBuffer(3)));
const r = new Readable({ read() {} });
r.push(new Uint8Array([0x41, 0x42]));
r.push(null);
r.on('data', (c) => console.log('readable got', Buffer.isBuffer(c), c.toString()));
try { r.push(42); } catch (e) { console.log('throw', e.code); }
const r2 = new Readable({ read() {} });
r2.on('error', (e) => console.log('push error', e.code, e.message));
r2.push(42);
