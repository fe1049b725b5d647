'use strict';
// util.inspect / util.format / console.log throughput on small, typical values.
const util = require('util');
const { Writable } = require('stream');

function rate(name, n, fn) {
  for (let i = 0; i < Math.min(n / 10, 1000); i++) fn(i); // warm-up
  const t = process.hrtime();
  for (let i = 0; i < n; i++) fn(i);
  const d = process.hrtime(t);
  const seconds = d[0] + d[1] / 1e9;
  console.log(`METRIC ${name} ${Math.round(n / seconds)} ops/s higher`);
}

const small = { id: 1, name: 'item', tags: ['a', 'b'], nested: { ok: true, at: null } };
const array = Array.from({ length: 50 }, (_, i) => i * 3);
const sink = new Writable({ write(chunk, enc, cb) { cb(); } });
const con = new console.Console(sink);

rate('inspect_small_object', 20000, (i) => util.inspect({ ...small, id: i }));
rate('inspect_array_50', 5000, () => util.inspect(array));
rate('format_placeholders', 50000, (i) => util.format('%s=%d %j', 'key', i, { v: i }));
rate('console_log_string', 50000, () => con.log('a plain line of text'));
rate('console_log_object', 20000, (i) => con.log('item', { i, s: 'x' }));
