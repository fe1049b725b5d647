// events.on() options in Node 20: `close` names events that end the loop,
// highWaterMark pauses/resumes an emitter that has pause()/resume(); an
// iterator over 'error' itself; the iterator's return() and throw().
const { on, EventEmitter } = require('events');
const log = (...a) => console.log(...a);
async function main() {
  // close option
  const e = new EventEmitter();
  process.nextTick(() => { e.emit('data', 1); e.emit('data', 2); e.emit('end'); e.emit('data', 3); });
  const got = [];
  for await (const [v] of on(e, 'data', { close: ['end'] })) got.push(v);
  log('close option', got.join(','), 'listeners', e.listenerCount('data'), e.listenerCount('end'), e.listenerCount('error'));

  // highWaterMark / lowWaterMark with pause/resume
  const s = new EventEmitter();
  s.pause = () => log('pause called');
  s.resume = () => log('resume called');
  const it = on(s, 'x', { highWaterMark: 2, lowWaterMark: 1 });
  s.emit('x', 'a'); s.emit('x', 'b'); s.emit('x', 'c');
  log('next', JSON.stringify((await it.next()).value));
  log('next', JSON.stringify((await it.next()).value));
  log('next', JSON.stringify((await it.next()).value));
  await it.return();
  log('after return listeners', s.listenerCount('x'));

  // iterating 'error' events does not install a separate error handler
  const er = new EventEmitter();
  const eit = on(er, 'error');
  log('error listeners', er.listenerCount('error'));
  er.emit('error', new Error('as value'));
  const r = await eit.next();
  log('error as value', r.done, r.value[0].message);
  await eit.return();

  // throw() on the iterator
  const t = new EventEmitter();
  const tit = on(t, 'y');
  try { await tit.throw(new Error('thrown in')); } catch (err) { log('throw() rejects', err.message); }
  try { tit.throw('not an error'); } catch (err) { log('throw(string)', err.name, err.code); }
  log('after throw listeners', t.listenerCount('y'), t.listenerCount('error'));

  // invalid close option
  try { on(new EventEmitter(), 'z', { close: 'end' }); log('string close accepted'); } catch (err) { log('bad close', err.name, err.code); }
}
main();
