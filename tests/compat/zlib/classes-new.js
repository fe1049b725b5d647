// The classes: callable without new, instanceof, prototype chain, subclassing.
const zlib = require('zlib');
const { Transform } = require('stream');
const names = ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip'];
for (const n of names) {
  const C = zlib[n];
  const a = new C();
  const b = C();
  const c = zlib['create' + n]();
  console.log(n, C.name, C.length, a instanceof C, b instanceof C, c instanceof C, a instanceof Transform,
    a.constructor === C, Object.getPrototypeOf(Object.getPrototypeOf(C.prototype)).constructor.name,
    Object.getPrototypeOf(C).name);
  a.close(); b.close(); c.close();
}
console.log(new zlib.Gzip() instanceof zlib.Deflate, typeof zlib.Gzip.prototype.params, typeof zlib.Gzip.prototype.flush);
const keys = Object.keys(zlib.createGzip({ level: 1 }));
// The stream's own state objects are listed differently (docs/differences.md): only
// the keys zlib adds are compared.
const streamKeys = ['_events', '_eventsCount', '_maxListeners', '_readableState', '_writableState', 'allowHalfOpen'];
console.log(keys.filter((k) => !streamKeys.includes(k)).join(' '));
class Upper extends zlib.Gunzip {
  constructor() { super({ chunkSize: 64 }); this.tag = 'sub'; }
}
const u = new Upper();
let s = '';
u.on('data', (d) => { s += d; });
u.on('end', () => console.log(u.tag, u instanceof zlib.Gunzip, u._chunkSize, s));
u.end(zlib.gzipSync('subclass works'));
