// close(), _closed, reset() and what a closed stream does.
const zlib = require('zlib');
const d = zlib.createDeflate();
console.log('_closed', d._closed, typeof d._handle);
d.close();
console.log('after close', d._closed, d.destroyed, d._handle);
try { d.reset(); } catch (e) { console.log('reset closed', e.name, e.code, e.message); }
d.on('close', () => console.log('close event'));
// reset() makes a used stream start over.
const r = zlib.createDeflate();
const first = [];
r.on('data', (c) => first.push(c));
r.write('throw this away');
r.flush(() => {
  r.reset();
  const rest = [];
  r.removeAllListeners('data');
  r.on('data', (c) => rest.push(c));
  r.on('end', () => console.log('after reset:', zlib.inflateSync(Buffer.concat(rest)).toString()));
  r.end('kept');
});
