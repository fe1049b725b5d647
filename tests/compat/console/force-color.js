// FORCE_COLOR decides whether console output is colored even when the stream is
// not a terminal (Node's shouldColorize), read at each call; util.styleText too.
const { Console } = require('console');
const { Writable } = require('stream');
const util = require('util');

function capture(fn) {
  const chunks = [];
  const out = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
  fn(new Console({ stdout: out, stderr: out }));
  return JSON.stringify(chunks.join(''));
}

for (const value of [undefined, '', '0', '1', '2', '3', 'true', 'false', 'yes']) {
  if (value === undefined) delete process.env.FORCE_COLOR;
  else process.env.FORCE_COLOR = value;
  const logged = capture((c) => c.log({ a: 1, s: 'x' }, [true, null]));
  const forced = capture((c) => c.log(util.inspect(5, { colors: false })));
  console.log(JSON.stringify(value), logged, forced, JSON.stringify(util.styleText('red', 'hi')));
}
delete process.env.FORCE_COLOR;
const off = new Console({ stdout: new Writable({ write(c, e, cb) { console.log('colorMode false:', JSON.stringify(String(c))); cb(); } }), colorMode: false });
process.env.FORCE_COLOR = '1';
off.log({ b: 2 });
