// pipeline with an AbortSignal: aborting fails it with an AbortError.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
const ac = new AbortController();
const src = new Readable({ read() {} });
const sink = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, sink, { signal: ac.signal }).then(
  () => console.log('resolved (unexpected)'),
  (e) => console.log('rejected', e.name, e.code, 'src destroyed', src.destroyed)
);
src.push('x');
setImmediate(() => ac.abort());
