'use strict';
const { EventEmitter } = require('events');
function sink(tag) {
  const s = new EventEmitter();
  s.write = (chunk, cb) => { process.stdout.write(`[${tag}] ${chunk}`); return true; };
  return s;
}

const c = new console.Console(sink('out'), sink('err'));
c.assert(true, 'not printed');
c.assert(false);
c.assert(false, 'with %s', 'format');
c.assert(0, { obj: 1 });
c.assert('', 'msg', 'extra', 3);
console.assert(true);
