// finished() with legacy (EventEmitter-based) streams and the premature-close
// rules: 'close' before 'end'/'finish' is ERR_STREAM_PREMATURE_CLOSE, 'aborted'
// on request-like objects, emitClose: false streams, and a writable that
// closes before finishing.
const { finished, Stream, Readable, Writable } = require('stream');
const EventEmitter = require('events');
const log = (...a) => console.log(...a);

// legacy readable: an old-style Stream with readable = true
const legacy = new Stream();
legacy.readable = true;
finished(legacy, (err) => log('legacy end', err));
legacy.emit('data', 'x');
legacy.emit('end');

const legacy2 = new Stream();
legacy2.readable = true;
finished(legacy2, (err) => log('legacy close first', err && err.code));
legacy2.emit('close');

const legacyW = new Stream();
legacyW.writable = true;
finished(legacyW, (err) => log('legacy writable finish', err));
legacyW.emit('finish');

const legacyErr = new EventEmitter();
legacyErr.readable = true;
legacyErr.pipe = () => {};
finished(legacyErr, (err) => log('legacy error', err && err.message));
legacyErr.emit('error', new Error('legacy failed'));

// emitClose: false readable: finished fires on 'end'
const r = new Readable({ emitClose: false, read() {} });
finished(r, (err) => log('emitClose false', err, 'closed', r.closed));
r.push(null);
r.resume();

// writable destroyed before finishing
const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
finished(w, (err) => log('writable premature', err && err.code, err && err.message));
w.write('x');
w.destroy();

// 'close' emitted manually on a readable that has not ended
const r2 = new Readable({ read() {} });
finished(r2, (err) => log('manual close', err && err.code));
r2.emit('close');

// finished on a stream that already errored reports the error once
const r3 = new Readable({ read() {} });
r3.on('error', () => {});
r3.destroy(new Error('already'));
let calls = 0;
setImmediate(() => finished(r3, (err) => { calls++; log('already errored', err.message, calls); }));
