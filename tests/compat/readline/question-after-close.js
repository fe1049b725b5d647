'use strict';
// question() after close throws ERR_USE_AFTER_CLOSE (promises: rejects);
// pause/resume/close after close do not throw.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const rl = readline.createInterface({ input: new PassThrough() });
rl.close();
rl.close();
try {
  rl.question('x? ', () => {});
} catch (e) {
  console.log(e.code, e.name, e.message, e instanceof Error);
}
console.log('pause returns', rl.pause() === undefined);

const rlp = readlinePromises.createInterface({ input: new PassThrough() });
rlp.close();
rlp.question('y? ').then(
  () => console.log('resolved?'),
  (e) => console.log('rejected', e.code, e.message));
