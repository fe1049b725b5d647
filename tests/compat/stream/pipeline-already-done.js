// pipeline() over streams that are already errored, destroyed or ended
// before the call, and a destination destroyed without an error mid-way.
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const steps = [
  (next) => {
    const src = new Readable({ read() {} });
    src.on('error', () => {});
    src.destroy(new Error('src errored before'));
    pipeline(src, new PassThrough(), (err) => { log('errored source', err && err.message); next(); });
  },
  (next) => {
    const src = new Readable({ read() {} });
    src.destroy();
    const dst = new PassThrough();
    pipeline(src, dst, (err) => { log('destroyed source', err && err.code, 'dst destroyed', dst.destroyed); next(); });
  },
  (next) => {
    const dst = new Writable({ write(c, e, cb) { cb(); } });
    dst.end();
    pipeline(Readable.from(['a'], { objectMode: false }), dst, (err) => { log('ended destination', err && err.code); next(); });
  },
  (next) => {
    const src = Readable.from(['x']);
    src.resume();
    src.on('end', () => {
      const dst = new PassThrough({ objectMode: true });
      dst.resume();
      pipeline(src, dst, (err) => { log('ended source', err && err.code, 'dst finished', dst.writableFinished); next(); });
    });
  },
  (next) => {
    let n = 0;
    const src = new Readable({ read() { n++; if (n < 100) this.push('c' + n); } });
    const dst = new Writable({ write(c, e, cb) { if (c.toString() === 'c2') this.destroy(); cb(); } });
    src.on('close', () => log('mid src close', src.destroyed));
    pipeline(src, dst, (err) => { log('dst destroyed mid-way', err && err.code, err && err.message); next(); });
  },
  (next) => {
    const src = new Readable({ read() {} });
    const dst = new PassThrough();
    pipeline(src, dst, (err) => { log('pipeline after error in dst', err && err.message); next(); });
    dst.emit('error', new Error('emitted error'));
  },
];
(function run(i) { if (i < steps.length) steps[i](() => setImmediate(run, i + 1)); })(0);
