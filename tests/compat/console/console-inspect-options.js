'use strict';
const { EventEmitter } = require('events');
function sink(tag) {
  const s = new EventEmitter();
  s.write = (chunk, cb) => { process.stdout.write(`[${tag}] ${chunk}`); return true; };
  return s;
}

const c = new console.Console({ stdout: sink('o'), inspectOptions: { depth: 0, breakLength: 20 } });
c.log({ a: { b: 1 } }, [1, 2, 3]);
const d = new console.Console({ stdout: sink('c'), colorMode: true });
d.log(1, 'x');
const g = new console.Console({ stdout: sink('g'), groupIndentation: 4 });
g.group('G'); g.log('four'); g.groupEnd(); g.log('zero');
