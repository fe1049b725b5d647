// events.on rejects the pending next() when 'error' is emitted.
const EventEmitter = require('events');
async function main() {
  const e = new EventEmitter();
  process.nextTick(() => { e.emit('tick', 'a'); e.emit('error', new Error('iter failed')); });
  try {
    for await (const [v] of EventEmitter.on(e, 'tick')) console.log('got', v);
  } catch (err) {
    console.log('caught', err.message);
  }
}
main();
