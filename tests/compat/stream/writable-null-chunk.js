// Invalid chunks throw synchronously with Node's codes.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
for (const chunk of [null, 42, {}, undefined]) {
  try { w.write(chunk); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { w.write('x', 'no-such-enc'); } catch (e) { console.log(e.name, e.code, e.message); }
const o = new Writable({ objectMode: true, write(c, e, cb) { console.log('obj write', typeof c); cb(); } });
o.write(42);
o.write({ a: 1 });
try { o.write(null); } catch (e) { console.log(e.code); }
