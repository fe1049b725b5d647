'use strict';
// The input's 'end' flushes the unfinished line and closes the interface, which
// removes its listeners from the input; an 'error' on the input is re-emitted.
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

const input = Readable.from(['alpha\nbe', 'ta\r', '\ngamma'], { objectMode: false });
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log('line', l));
rl.on('close', () => {
  console.log('close', input.listenerCount('data'), input.listenerCount('end'), input.listenerCount('error'));
  const errInput = new PassThrough();
  const rl2 = readline.createInterface({ input: errInput });
  rl2.on('error', (e) => console.log('rl error', e.message));
  errInput.emit('error', new Error('bad input'));
  rl2.close();
  console.log('error listeners after close', errInput.listenerCount('error'));
  const empty = new PassThrough();
  const rl3 = readline.createInterface({ input: empty });
  rl3.on('line', () => console.log('no line expected'));
  rl3.on('close', () => console.log('empty input closed'));
  empty.end();
});
