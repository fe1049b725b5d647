'use strict';
// A protoJS client speaking RESP to a real redis-server (started by run-redis.sh).
// Usage: protojs redis-client.js <port|unix-socket-path>
// Checks PING, SET and GET of a 1 MiB value, pipelined commands, an error reply, and
// QUIT; prints one line per check and exits 0 only if all of them pass.
const assert = require('assert');
const net = require('net');

const target = process.argv[2];
const sock = /^\d+$/.test(target) ? net.connect(Number(target), '127.0.0.1') : net.connect(target);

// RESP encoding of a command as an array of bulk strings.
function command(...args) {
  const parts = [`*${args.length}\r\n`];
  for (const a of args) {
    const b = Buffer.isBuffer(a) ? a : Buffer.from(String(a));
    parts.push(`$${b.length}\r\n`, b, '\r\n');
  }
  return Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));
}

// Streaming RESP reply parser: feeds on chunks, resolves replies in order.
let buf = Buffer.alloc(0);
const waiters = [];
function parseOne(at) {
  const nl = buf.indexOf('\r\n', at);
  if (nl < 0) return null;
  const type = String.fromCharCode(buf[at]);
  const line = buf.toString('latin1', at + 1, nl);
  const next = nl + 2;
  if (type === '+') return { value: line, end: next };
  if (type === '-') return { value: new Error(line), end: next };
  if (type === ':') return { value: Number(line), end: next };
  if (type === '$') {
    const len = Number(line);
    if (len < 0) return { value: null, end: next };
    if (buf.length < next + len + 2) return null;
    return { value: buf.subarray(next, next + len), end: next + len + 2 };
  }
  if (type === '*') {
    const n = Number(line);
    const items = [];
    let pos = next;
    for (let i = 0; i < n; i++) {
      const r = parseOne(pos);
      if (!r) return null;
      items.push(r.value);
      pos = r.end;
    }
    return { value: items, end: pos };
  }
  throw new Error(`bad RESP type ${JSON.stringify(type)}`);
}
sock.on('data', (chunk) => {
  buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
  for (;;) {
    if (!waiters.length) break;
    const r = parseOne(0);
    if (!r) break;
    buf = buf.subarray(r.end);
    waiters.shift()(r.value);
  }
});
function send(...cmds) {
  sock.write(Buffer.concat(cmds.map((c) => command(...c))));
  return Promise.all(cmds.map(() => new Promise((resolve) => waiters.push(resolve))));
}

async function main() {
  await new Promise((resolve, reject) => { sock.once('connect', resolve); sock.once('error', reject); });
  console.log('connected');

  assert.deepStrictEqual(await send(['PING']), ['PONG']);
  console.log('ok PING');

  const big = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
  assert.deepStrictEqual(await send(['SET', 'protojs:big', big]), ['OK']);
  const [got] = await send(['GET', 'protojs:big']);
  assert.ok(Buffer.isBuffer(got) && got.equals(big), 'GET returns the 1 MiB value intact');
  console.log('ok SET/GET 1 MiB');

  // 1000 commands in one write; replies come back in order.
  const cmds = [['DEL', 'protojs:n']];
  for (let i = 0; i < 1000; i++) cmds.push(['INCR', 'protojs:n']);
  cmds.push(['GET', 'protojs:n']);
  const replies = await send(...cmds);
  assert.strictEqual(replies.length, 1002);
  for (let i = 0; i < 1000; i++) assert.strictEqual(replies[i + 1], i + 1);
  assert.strictEqual(replies[1001].toString(), '1000');
  console.log('ok pipelined 1002 commands');

  const [err] = await send(['NO_SUCH_COMMAND']);
  assert.ok(err instanceof Error && /unknown command/i.test(err.message), String(err));
  console.log('ok error reply');

  const [list] = await send(['MGET', 'protojs:n', 'protojs:missing']);
  assert.strictEqual(list[0].toString(), '1000');
  assert.strictEqual(list[1], null);
  console.log('ok MGET array reply');

  await send(['DEL', 'protojs:big', 'protojs:n']);
  assert.deepStrictEqual(await send(['QUIT']), ['OK']);
  await new Promise((resolve) => sock.on('close', resolve));
  console.log('ok QUIT, connection closed by redis');
}
main().then(() => console.log('PASS'), (e) => { console.error('FAIL', e); process.exit(1); });
