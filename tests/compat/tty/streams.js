'use strict';
// tty.ReadStream / tty.WriteStream: net.Socket subclasses over a TTY handle. Without
// a terminal (stdout is a pipe here) a stream still opens on a pipe, as in Node,
// just without a window size; files and bad descriptors throw.
const tty = require('tty');
const net = require('net');
const fs = require('fs');
const path = require('path');

for (const C of [tty.ReadStream, tty.WriteStream]) {
  console.log(C.name, C.length, typeof C, Object.getPrototypeOf(C) === net.Socket,
              Object.getPrototypeOf(C.prototype) === net.Socket.prototype,
              Object.getOwnPropertyNames(C.prototype).sort());
}
console.log(tty.WriteStream.prototype.isTTY, tty.ReadStream.prototype.isTTY);

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message, String(e));
    if (e.info) console.log('  info', e.info, e.errno, e.syscall);
  }
}
for (const fd of [-1, 1.5, '1', null, undefined, NaN, 2 ** 31, {}]) {
  show(`WriteStream(${String(fd)})`, () => new tty.WriteStream(fd));
  show(`ReadStream(${String(fd)})`, () => tty.ReadStream(fd));
}
// stdin is /dev/null (a character device, not a terminal), fd 99 is not open.
show('WriteStream(0)', () => new tty.WriteStream(0));
show('ReadStream(99)', () => new tty.ReadStream(99));
const fd = fs.openSync(path.join(__dirname, 'streams.js'), 'r');
show('ReadStream(file)', () => new tty.ReadStream(fd));
fs.closeSync(fd);

// On the stdout pipe: a working writable socket with the terminal methods.
const ws = tty.WriteStream(1);
console.log(ws instanceof tty.WriteStream, ws instanceof net.Socket, ws.isTTY,
            ws.columns, ws.rows, ws.getWindowSize(), ws.readable, ws.writable);
console.log(typeof ws.getColorDepth(), typeof ws.hasColors());
ws.write('written through tty.WriteStream\n');
console.log(JSON.stringify([ws.cursorTo(2), ws.cursorTo(3, 4), ws.moveCursor(-1, 2), ws.moveCursor(5, -6),
  ws.clearLine(-1), ws.clearLine(1), ws.clearLine(0), ws.clearLine(), ws.clearScreenDown()]));
console.log();
// Nothing to do: true, with the callback on the next tick.
console.log(ws.moveCursor(0, 0, (err) => console.log('moveCursor cb', err)));
console.log(ws.cursorTo(undefined, undefined, (err) => console.log('cursorTo cb', err)));
console.log(ws.cursorTo('a', (err) => console.log('cursorTo y-as-cb', err)));
show('cursorTo(NaN)', () => ws.cursorTo(NaN));
show('cursorTo(1, NaN)', () => ws.cursorTo(1, NaN));
show('cursorTo(undefined, 1)', () => ws.cursorTo(undefined, 1));
show('cursorTo cb', () => ws.cursorTo(1, 1, 'nope'));
show('moveCursor cb', () => ws.moveCursor(1, 1, 5));
show('clearLine cb', () => ws.clearLine(0, {}));
show('clearScreenDown cb', () => ws.clearScreenDown(null));
ws.cursorTo(0, (err) => {
  console.log('\nwrite cb', err);
  // A ReadStream on a non-terminal: raw mode fails with an 'error' event.
  const rs = new tty.ReadStream(1);
  console.log(rs.isTTY, rs.isRaw, rs.readable, rs.writable, typeof rs.setRawMode);
  rs.on('error', (e) => console.log('setRawMode error', e.code, e.syscall, e.message));
  console.log(rs.setRawMode(true) === rs, rs.isRaw);
  rs.destroy();
  rs.on('close', () => console.log('rs close'));
});
