// Destroying the destination with an error propagates to the source.
const { pipeline, Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
const sink = new Writable({ write(c, e, cb) { setImmediate(cb); } });
src.on('close', () => console.log('src close, destroyed', src.destroyed));
pipeline(src, sink, (err) => console.log('callback', err && err.message));
src.push('x');
setImmediate(() => sink.destroy(new Error('sink gone')));
