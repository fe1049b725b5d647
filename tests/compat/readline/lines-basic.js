'use strict';
// Lines split on \n, \r\n and a lone \r; a final line without a newline comes out
// at the end of input, then 'close'.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('pause', () => console.log('pause'));
rl.on('close', () => console.log('close', rl.closed, input.listenerCount('data'), input.listenerCount('end')));
console.log('terminal', rl.terminal, 'line', JSON.stringify(rl.line), 'cursor', rl.cursor);
input.write('one\ntwo\r\nthree\rfour\n\nsix');
input.write(' and more\n\u2028not a break\u2029\n');
input.end('last without newline');
console.log('sync end of script');
