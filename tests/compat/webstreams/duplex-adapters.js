// stream.Duplex.toWeb() and Duplex.fromWeb(): both directions of a pair.
const { Duplex, PassThrough } = require('stream');
(async () => {
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  const w = writable.getWriter();
  await w.write(new TextEncoder().encode('through '));
  await w.write(new TextEncoder().encode('the pair'));
  await w.close();
  const parts = [];
  for await (const c of readable) parts.push(Buffer.from(c).toString());
  console.log(parts.join(''));
  const t = new TransformStream({ transform(chunk, c) { c.enqueue(Buffer.from(chunk).toString().toUpperCase()); } });
  const d = Duplex.fromWeb(t, { encoding: 'utf8' });
  const out = [];
  d.on('data', (s) => out.push(s));
  d.on('end', () => console.log('fromWeb duplex', out.join('')));
  d.write('abc');
  d.end('def');
  try { Duplex.fromWeb({ readable: 1, writable: 2 }); } catch (e) { console.log(e.name, e.code); }
  try { Duplex.toWeb({}); } catch (e) { console.log(e.name, e.code); }
})();
