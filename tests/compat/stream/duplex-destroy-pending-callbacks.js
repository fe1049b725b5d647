'use strict';
// destroy() on a Duplex (and so a Transform, a PassThrough, a net.Socket) is the
// Writable's, as in Node 20: writes still queued and end() callbacks are called on
// the next tick with the destroy error, or ERR_STREAM_DESTROYED, before 'error' and
// 'close' (none of them while a write is still in progress: Node drops them then).
const { Duplex, Writable, Readable, PassThrough, Transform } = require('stream');
const net = require('net');

console.log('Duplex uses Writable destroy', Duplex.prototype.destroy === Writable.prototype.destroy,
  'not Readable', Duplex.prototype.destroy !== Readable.prototype.destroy,
  'own', Object.prototype.hasOwnProperty.call(Duplex.prototype, 'destroy'),
  'Socket', net.Socket.prototype.destroy === Writable.prototype.destroy);

const makers = {
  Duplex: () => new Duplex({ read() {}, write(chunk, enc, cb) { this.pending = cb; } }),
  Transform: () => new Transform({ transform(chunk, enc, cb) { this.pending = cb; } }),
  PassThrough: () => new PassThrough({ highWaterMark: 1 }),
  Writable: () => new Writable({ write(chunk, enc, cb) { this.pending = cb; } }),
  // Writes done at once: only end()'s callback is left when destroy() comes.
  'sync Duplex': () => new Duplex({ read() {}, write(chunk, enc, cb) { cb(); } }),
  'sync Writable': () => new Writable({ write(chunk, enc, cb) { cb(); } }),
  'async Duplex': () => new Duplex({ read() {}, write(chunk, enc, cb) { process.nextTick(cb); } }),
};

function run(name, make, withErr) {
  return new Promise((resolve) => {
    const s = make();
    const ev = [];
    const code = (e) => (e ? e.code || e.message : String(e));
    s.on('error', (e) => ev.push(`error:${code(e)}`));
    s.on('finish', () => ev.push('finish'));
    s.on('close', () => {
      setImmediate(() => {
        console.log(name, withErr ? 'destroy(err)' : 'destroy()', ev.join(' '));
        resolve();
      });
    });
    s.write('a', (e) => ev.push(`w1:${code(e)}`));
    s.write('b', (e) => ev.push(`w2:${code(e)}`));
    s.end((e) => ev.push(`end:${code(e)}`));
    ev.push('sync-end');
    if (withErr) {
      const e = new Error('boom');
      e.code = 'EBOOM';
      s.destroy(e);
    } else {
      s.destroy();
    }
    ev.push('sync-destroy');
  });
}

(async () => {
  for (const [name, make] of Object.entries(makers)) {
    await run(name, make, false);
    await run(name, make, true);
  }
})();
