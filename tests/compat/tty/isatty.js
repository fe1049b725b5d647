'use strict';
// tty.isatty: true only for a terminal. The tests run with stdin closed
// (/dev/null), stdout a pipe and stderr a file: none is a terminal.
const tty = require('tty');
const fs = require('fs');
const path = require('path');

console.log(require('node:tty') === tty, Object.keys(tty));
console.log('stdio', tty.isatty(0), tty.isatty(1), tty.isatty(2));

const file = path.join(__dirname, 'isatty.js');
const fd = fs.openSync(file, 'r');
console.log('file fd', tty.isatty(fd));
fs.closeSync(fd);
console.log('closed fd', tty.isatty(fd));

// Invalid descriptors and non-numbers are false, never an exception.
const values = [-1, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 1, NaN, Infinity, -Infinity, '0', '1',
  null, undefined, true, {}, [], [1], () => 1, 1n, Symbol('fd'), new Number(1)];
for (const v of values) {
  let label;
  try { label = typeof v === 'symbol' ? v.toString() : typeof v === 'bigint' ? `${v}n` : JSON.stringify(v) ?? String(v); } catch { label = String(v); }
  console.log(typeof v, label, tty.isatty(v));
}
console.log(tty.isatty(), tty.isatty.length, tty.isatty.name);

// process.stdout/stderr/stdin are not TTY streams here.
console.log('isTTY', process.stdout.isTTY, process.stderr.isTTY, process.stdin.isTTY);
console.log('instanceof', process.stdout instanceof tty.WriteStream, process.stdin instanceof tty.ReadStream);
