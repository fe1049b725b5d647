// pause()/resume() toggle readableFlowing; data waits while paused.
const { Readable } = require('stream');
let i = 0;
const r = new Readable({ read() { i++; this.push(i <= 4 ? String(i) : null); } });
console.log('initial flowing', r.readableFlowing);
r.on('data', (c) => {
  console.log('data', c.toString(), 'flowing', r.readableFlowing);
  if (c.toString() === '2') {
    r.pause();
    console.log('paused, isPaused', r.isPaused());
    setImmediate(() => { console.log('resuming'); r.resume(); });
  }
});
r.on('end', () => console.log('end'));
