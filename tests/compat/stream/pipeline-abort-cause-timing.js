// The AbortError a pipeline's signal produces carries the signal's reason as
// `cause` on every path (already aborted when pipeline() is called at top level,
// aborted later, aborted from inside a stream), the destroyed streams see the same
// error, and the order of events matches Node.
const { pipeline } = require('stream/promises');
const { Readable, PassThrough, Writable } = require('stream');
const log = (...a) => console.log(...a);

// Already aborted, called from the top level (not inside a promise job).
{
  const reason = new Error('pre');
  const src = new Readable({ read() {} });
  src.on('error', (e) => log('pre src error', e.name, e.cause === reason));
  src.on('close', () => log('pre src close'));
  pipeline(src, new PassThrough(), { signal: AbortSignal.abort(reason) })
    .catch((e) => log('pre rejected', e.name, e.code, e.cause === reason, Object.keys(e).join()));
  process.nextTick(() => log('tick after pipeline()'));
  Promise.resolve().then(() => log('microtask after pipeline()'));
}

// Each later case starts when the one before has ended (not at fixed times, which a
// loaded machine can overrun).
// Aborted while data flows; the error the streams see is the one rejected with.
setTimeout(() => {
  const ac = new AbortController();
  const reason = { custom: 'reason' };
  let seen;
  const src = new Readable({ read() { this.push('x'); } });
  const dst = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  dst.on('error', (e) => { seen = e; log('late dst error', e.name, e.cause === reason); });
  const p = pipeline(src, dst, { signal: ac.signal });
  setTimeout(() => ac.abort(reason), 5);
  p.catch((e) => {
    log('late rejected', e.name, e.cause === reason, e === seen);
    withoutReason();
  });
}, 10);

// Aborted without a reason argument: the cause is the DOMException reason.
function withoutReason() {
  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  p.catch((e) => {
    log('default reason', e.name, e.cause?.name, e.cause === ac.signal.reason);
    abortAfterFinish();
  });
}

// An abort after the pipeline finished changes nothing; its listener is gone.
async function abortAfterFinish() {
  const ac = new AbortController();
  await pipeline(Readable.from(['a', 'b']), new PassThrough().resume(), { signal: ac.signal });
  log('finished, abort listeners left', require('events').getEventListeners(ac.signal, 'abort').length);
  ac.abort(new Error('late'));
  log('aborted after finish');
}
