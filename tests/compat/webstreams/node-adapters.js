// stream.Readable/Writable fromWeb and toWeb.
const { Readable, Writable } = require('stream');
(async () => {
  const r = Readable.fromWeb(ReadableStream.from(['a', 'b', 'c']), { objectMode: true });
  const got = [];
  for await (const x of r) got.push(x);
  console.log('fromWeb', got);
  const web = Readable.toWeb(Readable.from([Buffer.from('x'), Buffer.from('yz')]));
  const chunks = [];
  for await (const c of web) chunks.push(c.constructor.name + ':' + Buffer.from(c).toString());
  console.log('toWeb', chunks);
  const written = [];
  const ws = new WritableStream({ write(c) { written.push(Buffer.from(c).toString()); } });
  const w = Writable.fromWeb(ws);
  w.write('one');
  w.end('two', () => console.log('fromWeb writable', written));
  await new Promise((res) => w.on('finish', res));
  const sink = [];
  const nodeW = new Writable({ write(c, e, cb) { sink.push(c.toString()); cb(); } });
  const webW = Writable.toWeb(nodeW);
  const writer = webW.getWriter();
  await writer.write('p');
  await writer.write(new Uint8Array([113]));
  await writer.close();
  console.log('toWeb writable', sink, nodeW.writableFinished);
  try { Readable.fromWeb({}); } catch (e) { console.log(e.code); }
  const failing = new ReadableStream({ pull(c) { c.error(new Error('web failed')); } });
  Readable.fromWeb(failing).on('error', (e) => console.log('error event', e.message)).resume();
})();
