'use strict';
// rl.write() in non-terminal mode feeds the line splitter like input data does;
// rl.line stays '' and rl.cursor undefined; Buffers are decoded as UTF-8.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: false });
rl.on('line', (l) => console.log('line', JSON.stringify(l), 'rl.line', JSON.stringify(rl.line), 'cursor', rl.cursor));
rl.write('abc');
rl.write('def\nghi\r');
rl.write('\njkl\n');
rl.write(Buffer.from([0xe2, 0x82]));
rl.write(Buffer.from([0xac, 0x0a]));
rl.write(undefined);
rl.write('tail', { ctrl: true, name: 'u' });
console.log('line_buffer', JSON.stringify(rl._line_buffer), 'history', rl.history);
input.end();
rl.on('close', () => console.log('close; output', JSON.stringify(written)));
