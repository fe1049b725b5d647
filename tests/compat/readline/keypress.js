'use strict';
// emitKeypressEvents on a PassThrough: plain characters, enter/return, tab,
// backspace, arrows, ctrl and meta keys, function keys, split escape sequences.
const readline = require('readline');
const { PassThrough } = require('stream');

const stream = new PassThrough();
readline.emitKeypressEvents(stream);
readline.emitKeypressEvents(stream);  // twice is a no-op
console.log('data listeners before keypress listener', stream.listenerCount('data'));
stream.on('keypress', (s, key) => {
  console.log(JSON.stringify(s), JSON.stringify(key));
});
console.log('data listeners after', stream.listenerCount('data'));
const inputs = [
  'a', 'Z', '5', '.', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x03', '\x01', '\x1a',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1bOA', '\x1b[H', '\x1b[F', '\x1b[3~',
  '\x1b[1;5C', '\x1b[5~', '\x1b[15~', '\x1bOP', '\x1b[Z', '\x1bb', '\x1bB', '\x1b\x7f',
  'hé😀', '\x1b[', '1;2D', '\x1b\x1b[A', '\x1b[[A', '\x1b[24;5~',
];
let i = 0;
function next() {
  if (i === inputs.length) {
    stream.end();
    return;
  }
  console.log('write', JSON.stringify(inputs[i]));
  stream.write(inputs[i++]);
  setImmediate(next);
}
next();
