'use strict';
// Closing the interface from a 'line' listener: the lines already in the same
// chunk are still emitted (as in Node); later input is ignored. A 'line' listener
// that writes more input sees it handled in order.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => {
  console.log('line', l);
  if (l === 'b') rl.close();
});
rl.on('close', () => console.log('close'));
input.write('a\nb\nc\nd');
input.write('e\n');

const rl2 = readline.createInterface({ input: new PassThrough() });
rl2.on('line', (l) => {
  console.log('rl2 line', l);
  if (l === 'first') rl2.write('nested\n');
});
rl2.write('first\nsecond\nthi');
rl2.write('rd\n');
rl2.close();
