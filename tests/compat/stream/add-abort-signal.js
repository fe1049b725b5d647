// addAbortSignal destroys the stream with an AbortError when the signal aborts.
const { addAbortSignal, Readable } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('error', e.name, e.code, e.message));
r.on('close', () => console.log('close'));
ac.abort();
console.log('destroyed right away', r.destroyed);
const r2 = new Readable({ read() {}, signal: AbortSignal.abort() });
r2.on('error', (e) => console.log('pre-aborted', e.name));
try { addAbortSignal('nope', new Readable()); } catch (e) { console.log(e.code); }
