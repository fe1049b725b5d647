// Streams are EventEmitters: errorMonitor and once() work on them.
const EventEmitter = require('events');
const { PassThrough } = require('stream');
async function main() {
  const p = new PassThrough();
  p.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
  p.on('error', (err) => console.log('error', err.message));
  p.destroy(new Error('stream error'));
  await EventEmitter.once(p, 'close');
  console.log('closed');
}
main();
