// AbortError raised by stream helpers when a signal aborts carries the signal's
// reason as `cause` (Node 20): pipeline, finished, addAbortSignal.
const { pipeline, finished } = require('stream/promises');
const { Readable, PassThrough, addAbortSignal, finished: finishedCb } = require('stream');
async function main() {
  const reason = new Error('my reason');
  {
    const ac = new AbortController();
    const p = pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
    ac.abort(reason);
    try { await p; } catch (e) { console.log('pipeline', e.name, e.code, e.cause === reason); }
  }
  {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    const p = finished(r, { signal: ac.signal });
    ac.abort(reason);
    try { await p; } catch (e) { console.log('finished', e.name, e.code, e.cause === reason); }
  }
  {
    const ac = new AbortController();
    const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
    r.on('error', (e) => console.log('addAbortSignal', e.name, e.code, e.cause === reason));
    ac.abort(reason);
    await new Promise((res) => r.on('close', res));
  }
  {
    try { await pipeline(new Readable({ read() {} }), new PassThrough(), { signal: AbortSignal.abort(reason) }); } catch (e) { console.log('pre-aborted pipeline', e.name, e.cause === reason); }
  }
}
main();
