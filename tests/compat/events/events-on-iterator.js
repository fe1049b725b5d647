// events.on yields each emit's args; an AbortSignal ends the loop with AbortError.
const EventEmitter = require('events');
async function main() {
  const e = new EventEmitter();
  const ac = new AbortController();
  process.nextTick(() => { e.emit('data', 1); e.emit('data', 2, 'x'); e.emit('data', 3); });
  const seen = [];
  try {
    for await (const args of EventEmitter.on(e, 'data', { signal: ac.signal })) {
      seen.push(JSON.stringify(args));
      if (seen.length === 3) ac.abort();
    }
  } catch (err) {
    console.log('loop ended', err.name);
  }
  console.log(seen.join(' '));
  console.log('listeners left', e.listenerCount('data'));
}
main();
