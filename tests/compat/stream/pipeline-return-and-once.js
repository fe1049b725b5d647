// pipeline() returns the last stream, calls its callback exactly once even when
// several stages error, and reports 'close' of every stage before the callback.
const { pipeline, Readable, PassThrough, Writable } = require('stream');
const log = (...a) => console.log(...a);

// 1. return value is the last stream; success path ordering.
{
  const src = Readable.from(['a', 'b'], { objectMode: false });
  const mid = new PassThrough();
  const sink = new Writable({ write(c, e, cb) { log('1 write', c.toString()); cb(); } });
  for (const [n, s] of [['src', src], ['mid', mid], ['sink', sink]]) {
    s.on('close', () => log('1 close', n));
    s.on('end', () => log('1 end', n));
    s.on('finish', () => log('1 finish', n));
  }
  const ret = pipeline(src, mid, sink, (err) => log('1 callback', err));
  log('1 returns last', ret === sink);
}

// 2. two stages error: callback only once, with the first error.
setImmediate(() => {
  let calls = 0;
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const sink = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, mid, sink, (err) => { calls++; log('2 callback', calls, err.message); });
  src.destroy(new Error('first'));
  mid.destroy(new Error('second'));
  sink.destroy(new Error('third'));
  setImmediate(() => log('2 calls', calls, 'errored', src.errored.message, mid.errored.message, sink.errored.message));
});

// 3. callback not a function / too few streams.
setImmediate(() => setImmediate(() => {
  try { pipeline(new PassThrough(), new PassThrough()); } catch (e) { log('3', e.name, e.code, e.message); }
  try { pipeline(new PassThrough(), () => {}); } catch (e) { log('3', e.name, e.code, e.message); }
  try { pipeline(() => {}); } catch (e) { log('3', e.name, e.code, e.message); }
  try { pipeline([new PassThrough()], () => {}); } catch (e) { log('3', e.name, e.code, e.message); }
  const a = new PassThrough();
  const b = new PassThrough();
  const r = pipeline([a, b], (err) => log('3 array form callback', err));
  log('3 array form returns', r === b);
  a.end('x');
  b.resume();
}));
