'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown write ANSI sequences to
// the stream and return write()'s result; with nothing to do they return true and
// call the callback later.
const readline = require('readline');
const { PassThrough } = require('stream');

const out = new PassThrough();
const writes = [];
out.on('data', (d) => writes.push(d.toString()));
console.log(readline.cursorTo(out, 2));
console.log(readline.cursorTo(out, 2, 4));
console.log(readline.moveCursor(out, -1, 2));
console.log(readline.moveCursor(out, 3, -4));
console.log(readline.moveCursor(out, 0, 0));
console.log(readline.clearLine(out, -1), readline.clearLine(out, 1), readline.clearLine(out, 0));
console.log(readline.clearScreenDown(out));
console.log(readline.cursorTo(null, 1), readline.clearLine(undefined, 0), readline.clearScreenDown(null));
readline.cursorTo(out, 0, () => console.log('cursorTo callback'));
readline.moveCursor(out, 0, 0, () => console.log('moveCursor noop callback'));
readline.clearScreenDown(out, (err) => console.log('clearScreenDown callback', err));
setImmediate(() => console.log(JSON.stringify(writes)));
