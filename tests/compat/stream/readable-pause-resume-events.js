// 'pause' and 'resume' events, resume() scheduling (data arrives after the
// current tick), removing the last 'readable' listener, pause() while a
// 'readable' listener exists, and readable.read() during 'data'.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const r = new Readable({ read() {} });
r.on('pause', () => log('event pause', r.readableFlowing));
r.on('resume', () => log('event resume', r.readableFlowing));
r.push('a');
r.on('data', (c) => log('data', c.toString()));
log('after on(data)', r.readableFlowing);
process.nextTick(() => log('tick'));
setImmediate(() => {
  r.pause();
  r.pause();
  log('paused twice', r.isPaused());
  r.push('b');
  r.resume();
  r.resume();
  log('resumed twice (sync)');
  setImmediate(() => {
    const q = new Readable({ read() {} });
    q.on('pause', () => log('q pause'));
    q.on('resume', () => log('q resume'));
    const onReadable = () => { let c; while ((c = q.read()) !== null) log('q read', c.toString()); };
    q.on('readable', onReadable);
    q.on('data', (c) => log('q data', c.toString()));
    q.push('1');
    setImmediate(() => {
      q.removeListener('readable', onReadable);
      log('removed readable, flowing', q.readableFlowing);
      setImmediate(() => {
        log('after tick, flowing', q.readableFlowing);
        q.push('2');
        q.push(null);
        q.on('end', () => log('q end'));
      });
    });
  });
});
