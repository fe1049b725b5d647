// Errors carry Node's codes: write after end, push after EOF, destroyed writes,
// premature close.
const { test } = require('node:test');
const assert = require('node:assert');
const { Readable, Writable, finished } = require('node:stream');

test('write after end', (t, done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    done();
  });
  w.end();
  w.write('x');
});

test('push after EOF', (t, done) => {
  const r = new Readable({ read() {} });
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    done();
  });
  r.push(null);
  r.push('x');
});

test('write to a destroyed stream', (t, done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.write('x', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    done();
  });
});

test('premature close', (t, done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    done();
  });
  r.destroy();
});
