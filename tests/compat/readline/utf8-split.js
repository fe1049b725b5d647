'use strict';
// Multi-byte UTF-8 characters split across chunks at every byte are decoded right.
const readline = require('readline');
const { PassThrough } = require('stream');

const text = 'aé€😀b\nñ中\n𝄞x';
const bytes = Buffer.from(text);
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log(JSON.stringify(l), [...l].length));
rl.on('close', () => console.log('close'));
for (let i = 0; i < bytes.length; i++) input.write(bytes.subarray(i, i + 1));
input.end();
