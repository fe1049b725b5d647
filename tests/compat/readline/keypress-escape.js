'use strict';
// A lone ESC becomes an 'escape' key after escapeCodeTimeout; keypress decoding
// stops while nobody listens and starts again with a new listener.
const readline = require('readline');
const { PassThrough } = require('stream');

const stream = new PassThrough();
readline.emitKeypressEvents(stream, { escapeCodeTimeout: 30 });
const onKey = (s, key) => console.log('key', JSON.stringify(s), key.name, key.meta, JSON.stringify(key.sequence));
stream.on('keypress', onKey);
stream.write('\x1b');
setTimeout(() => {
  stream.write('x');
  stream.removeListener('keypress', onKey);
  stream.write('y');  // nobody listens: the decoder detaches itself
  setImmediate(() => {
    console.log('data listeners', stream.listenerCount('data'));
    stream.on('keypress', onKey);
    console.log('data listeners', stream.listenerCount('data'));
    stream.write('z');
    setImmediate(() => stream.end());
  });
}, 150);
