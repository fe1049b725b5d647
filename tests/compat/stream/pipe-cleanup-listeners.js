// What pipe() adds to the source and the destination, and what its cleanup
// removes, in order (as 'removeListener' events show them), when the source ends,
// when the destination closes early and when the destination errors.
const { PassThrough, Writable } = require('stream');

function names(emitter, type) {
  return emitter.listeners(type).map((f) => f.name || '(anonymous)').join(',');
}
function watch(label, emitter) {
  emitter.on('removeListener', (type, fn) => console.log(`${label} removeListener ${type} ${fn.name}`));
}

function ends(next) {
  console.log('-- source ends');
  const src = new PassThrough();
  const dest = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  watch('src', src);
  watch('dest', dest);
  src.pipe(dest);
  console.log('src data:', names(src, 'data'), '| src end:', names(src, 'end'));
  console.log('dest close:', names(dest, 'close'), '| dest finish:', names(dest, 'finish'),
              '| dest error:', names(dest, 'error'), '| dest unpipe:', names(dest, 'unpipe'));
  dest.on('finish', () => setImmediate(next));
  src.end('abc');
}

function closesEarly(next) {
  console.log('-- destination closes early');
  const src = new PassThrough();
  const dest = new Writable({ write(c, e, cb) { cb(); } });
  watch('src', src);
  watch('dest', dest);
  src.pipe(dest);
  src.write('x');
  dest.on('close', () => {
    console.log('after close: src data', src.listenerCount('data'), 'pipes', src._readableState.pipes.length);
    setImmediate(next);
  });
  dest.destroy();
}

function errors(next) {
  console.log('-- destination errors');
  const src = new PassThrough();
  const dest = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
  watch('src', src);
  watch('dest', dest);
  dest.on('error', (err) => console.log('dest error', err.message, 'src data', src.listenerCount('data')));
  src.pipe(dest);
  src.write('x');
  dest.on('close', () => setImmediate(next));
}

ends(() => closesEarly(() => errors(() => console.log('done'))));
