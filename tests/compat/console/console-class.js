'use strict';
const { EventEmitter } = require('events');
function sink(tag) {
  const s = new EventEmitter();
  s.write = (chunk, cb) => { process.stdout.write(`[${tag}] ${chunk}`); return true; };
  return s;
}

const { Console } = require('console');
console.log(Console === console.Console);
const c = new Console(sink('out'), sink('err'));
c.log('log', 1); c.info('info'); c.debug('debug');
c.warn('warn'); c.error('error', { e: 1 });
const d = new Console({ stdout: sink('o2') });
d.error('stderr defaults to stdout');
const e = Console({ stdout: sink('o3'), stderr: sink('e3') });
e.log('called without new');
const { log } = c;
log('bound method');
console.log(typeof c.table, typeof c.group, c instanceof Console);
