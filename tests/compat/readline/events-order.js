'use strict';
// The order of 'pause', 'resume', 'line' and 'close', and what rl.pause() and
// rl.resume() return.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
for (const ev of ['pause', 'resume', 'close', 'line', 'history']) {
  rl.on(ev, (arg) => console.log('event', ev, arg === undefined ? '' : JSON.stringify(arg), 'paused', rl.paused));
}
console.log('paused initially', rl.paused, 'input flowing', input.readableFlowing);
console.log('pause() is rl', rl.pause() === rl, 'input flowing', input.readableFlowing);
console.log('second pause', rl.pause());
console.log('resume() is rl', rl.resume() === rl);
console.log('second resume', rl.resume());
rl.pause();
rl.write('written while paused\n');
console.log('after write paused', rl.paused);
input.write('from input\n');
setImmediate(() => {
  rl.pause();
  input.write('queued while paused\n');
  setImmediate(() => {
    console.log('nothing yet');
    rl.resume();
    setImmediate(() => {
      rl.close();
      console.log('closed', rl.closed, 'paused', rl.paused);
      input.write('after close\n');
    });
  });
});
