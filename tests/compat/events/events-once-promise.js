// events.once resolves with the args array; rejects if 'error' comes first.
const EventEmitter = require('events');
const { once } = EventEmitter;
async function main() {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 'two'));
  const args = await once(e, 'ready');
  console.log('resolved', JSON.stringify(args));
  process.nextTick(() => e.emit('error', new Error('failed first')));
  try { await once(e, 'ready'); } catch (err) { console.log('rejected', err.message); }
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));
  process.nextTick(() => e.emit('error', new Error('as value')));
  const [errValue] = await once(e, 'error');
  console.log('once error event resolves', errValue.message);
}
main();
