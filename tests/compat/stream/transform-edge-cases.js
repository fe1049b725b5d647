// Transform details: callback with both error and data (error wins, data
// dropped), flush that pushes then errors, flush callback with data, push()
// of several chunks per transform, allowHalfOpen false on a Transform, and
// writableObjectMode/readableObjectMode split.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
function watch(label, s) {
  s.on('data', (c) => log(label, 'data', JSON.stringify(String(c))));
  s.on('error', (e) => log(label, 'error', e.message));
  s.on('end', () => log(label, 'end'));
  s.on('finish', () => log(label, 'finish'));
  s.on('close', () => log(label, 'close'));
}
const a = new Transform({ transform(c, e, cb) { cb(new Error('err+data'), 'dropped?'); } });
watch('a', a);
a.write('x');

setImmediate(() => {
  const b = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { this.push('from flush'); cb(new Error('flush failed')); },
  });
  watch('b', b);
  b.end('in');
  setImmediate(() => {
    const c = new Transform({
      transform(ch, e, cb) { this.push(ch); this.push(ch); cb(); },
      flush(cb) { cb(null, 'tail'); },
    });
    watch('c', c);
    c.end('d');
    setImmediate(() => {
      const d = new Transform({
        writableObjectMode: true,
        transform(obj, e, cb) { cb(null, JSON.stringify(obj)); },
      });
      log('d modes', d.writableObjectMode, d.readableObjectMode, d.writableHighWaterMark, d.readableHighWaterMark);
      watch('d', d);
      d.write({ k: 1 });
      d.end(2);
      setImmediate(() => {
        const p = new PassThrough({ allowHalfOpen: false });
        watch('p', p);
        p.write('q');
        p.push(null);
        log('p writable after push(null)', p.writable);
        setImmediate(() => {
          // transform without implementation
          const n = new Transform();
          n.on('error', (e) => log('n error', e.name, e.code, e.message));
          try { n.write('x'); } catch (e) { log('n threw', e.name, e.code, e.message); }
        });
      });
    });
  });
});
