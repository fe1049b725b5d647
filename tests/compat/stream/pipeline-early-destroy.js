// Destroying the source early fails the pipeline with ERR_STREAM_PREMATURE_CLOSE.
const { pipeline, Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
const sink = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, sink, (err) => {
  console.log('callback', err && err.code, err && err.message);
  console.log('sink destroyed', sink.destroyed);
});
src.push('data');
setImmediate(() => src.destroy());
