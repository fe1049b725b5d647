'use strict';
// Key decoding table: every control character, meta + character, and the escape
// sequences of xterm, rxvt, putty and the Linux console, with modifiers; each
// written as one chunk, then all of them as one pasted chunk.
const readline = require('readline');
const { PassThrough } = require('stream');

const seqs = [];
for (let c = 0; c < 32; c++) if (c !== 27) seqs.push(String.fromCharCode(c));
for (const ch of ['a', 'Z', '0', '.', ' ', '\x7f', '\r', '\t', 'é']) seqs.push('\x1b' + ch);
for (const letter of 'ABCDEFHPQRSZabcde') {
  seqs.push(`\x1b[${letter}`, `\x1bO${letter}`, `\x1b[1;2${letter}`, `\x1b[1;3${letter}`,
    `\x1b[1;5${letter}`, `\x1b[1;8${letter}`, `\x1bO5${letter}`);
}
for (const num of ['1', '2', '3', '4', '5', '6', '7', '8', '11', '12', '13', '14', '15', '17',
  '18', '19', '20', '21', '23', '24', '99']) {
  for (const end of ['~', '$', '^']) seqs.push(`\x1b[${num}${end}`);
  seqs.push(`\x1b[${num};5~`, `\x1b[${num};2~`);
}
seqs.push('\x1b[[A', '\x1b[[E', '\x1b[[5~', '\x1b[[6~', '\x1b\x1b[A', '\x1b\x1bOA', '\x1b[200~',
  '\x1b[201~', '\x1b[123~', '\x1b[1000~', '\x1b[200;5~', '\x1b[20;12~', '\x1b[1;10A',
  '\x1b[3;5;7~', '\x1b\x1b', '\x1bO2P', '\x1b\n', '\x1b\b',
  '\x1bN', '\x1b[?', '\x1b[1;', '\x1b[12;3x', 'ab', '😀', '\ud83d');

const stream = new PassThrough();
readline.emitKeypressEvents(stream);
const seen = [];
stream.on('keypress', (s, key) => seen.push(JSON.stringify([s, key])));
for (const s of seqs) {
  stream.write(s);
  stream.write('|');  // ends any unfinished sequence
}
stream.write(seqs.join(''));
stream.end();
stream.on('end', () => {
  console.log(seen.length);
  for (const line of seen) console.log(line);
});
