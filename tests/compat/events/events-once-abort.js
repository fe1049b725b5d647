// events.once with an AbortSignal rejects with AbortError and removes its listener.
const EventEmitter = require('events');
async function main() {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = EventEmitter.once(e, 'never', { signal: ac.signal });
  console.log('listening', e.listenerCount('never'));
  ac.abort();
  try { await p; } catch (err) { console.log(err.name, err.code, err.message); }
  console.log('after abort', e.listenerCount('never'));
  try { await EventEmitter.once(e, 'x', { signal: AbortSignal.abort() }); } catch (err) { console.log('pre-aborted', err.name); }
  try { await EventEmitter.once(e, 'x', { signal: 'bad' }); } catch (err) { console.log(err.code); }
}
main();
