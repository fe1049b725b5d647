'use strict';
// Shared by the fault-injection tests: a server whose answers a client can check
// (http and net echo), a stream of well-behaved clients that check every answer
// while faulty peers misbehave, and the closing summary line.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { mustCall } = require('../net/common');

// The body a good http client expects for a request: depends on method, url and
// the request body, so a mixed-up or truncated answer is caught.
function expectedAnswer(method, url, body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum * 31 + body[i]) >>> 0;
  return `${method} ${url} ${body.length} ${sum}`;
}

// An http handler answering expectedAnswer(); other handlers may run first.
function answerHandler(req, res) {
  const parts = [];
  req.on('data', (d) => parts.push(d));
  req.on('end', () => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(expectedAnswer(req.method, req.url, Buffer.concat(parts)));
  });
}

// A net server echoing every byte back; allowHalfOpen lets it answer a peer that
// ended its side before closing its own.
function createEchoServer(options) {
  return net.createServer({ allowHalfOpen: true, ...options }, (sock) => {
    sock.on('error', () => {});  // a faulty peer's reset is not the server's problem
    sock.pipe(sock);
  });
}

let seq = 0;
// One good http request (GET or POST with a body) on a new connection; calls
// cb() after checking the answer. Any deviation fails the test.
function goodHttpRequest(port, cb) {
  const n = seq++;
  const body = n % 2 ? Buffer.from(`payload-${n}-`.repeat(n % 7 + 1)) : Buffer.alloc(0);
  const method = body.length ? 'POST' : 'GET';
  const path = `/good/${n}`;
  const req = http.request({ host: '127.0.0.1', port, method, path, agent: false }, (res) => {
    assert.strictEqual(res.statusCode, 200);
    const parts = [];
    res.on('data', (d) => parts.push(d));
    res.on('end', () => {
      assert.strictEqual(Buffer.concat(parts).toString(), expectedAnswer(method, path, body));
      cb();
    });
  });
  req.on('error', (err) => assert.fail(`good http request ${path} failed: ${err.stack}`));
  req.end(body);
}

// One good echo exchange on a new connection: sends a payload, ends, and checks
// that exactly the payload comes back.
function goodEchoExchange(port, cb) {
  const payload = Buffer.from(`echo-${seq++}-`.repeat(50));
  const sock = net.connect(port, '127.0.0.1', () => sock.end(payload));
  const parts = [];
  sock.on('data', (d) => parts.push(d));
  sock.on('error', (err) => assert.fail(`good echo client failed: ${err.stack}`));
  sock.on('end', () => {
    assert.deepStrictEqual(Buffer.concat(parts), payload);
    cb();
  });
}

// Collects what the server sends on a raw connection (latin1) and calls cb(text)
// once the connection has closed, which must be without error.
function collectUntilClose(sock, cb) {
  let got = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => { got += d; });
  sock.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    cb(got);
  }));
}

// Checks raw http output: one 200 answer per expected body, in order, each with
// the body's Content-Length.
function checkAnswers(raw, bodies) {
  const answers = raw.split('HTTP/1.1 200 OK\r\n').slice(1);
  assert.strictEqual(answers.length, bodies.length, raw);
  answers.forEach((a, i) => {
    assert.ok(a.includes(`\r\nContent-Length: ${bodies[i].length}\r\n`), a);
    assert.ok(a.endsWith(`\r\n\r\n${bodies[i]}`), a);
  });
}

// Runs n good clients one after another, calling each(i) after the i-th answer was
// checked, then cb().
function goodBurst(kind, port, n, each, cb) {
  const one = kind === 'http' ? goodHttpRequest : goodEchoExchange;
  let i = 0;
  (function next() {
    if (i === n) return cb();
    one(port, () => { each(i++); next(); });
  })();
}

// Runs good clients one after another (kind 'http' or 'echo') until stop(cb) is
// called; stop waits for the one in flight and calls cb(count served).
function goodTraffic(kind, port) {
  const one = kind === 'http' ? goodHttpRequest : goodEchoExchange;
  const state = { served: 0, stopping: null };
  function next() {
    if (state.stopping) return state.stopping(state.served);
    one(port, () => { state.served++; next(); });
  }
  next();
  return {
    get served() { return state.served; },
    stop(cb) { state.stopping = cb; },
  };
}

// Polls until the server holds no connection (the last peer's close may still be
// on its way), then closes it; the test's hang guard catches a server that never
// lets go.
function whenEmptyClose(server, cb) {
  server.getConnections((err, n) => {
    assert.ifError(err);
    if (n === 0) server.close(cb);
    else setTimeout(whenEmptyClose, 20, server, cb);
  });
}

// Listens on a free port and runs good clients of `kind` ('http' or 'echo')
// against the server while faults(port, done) injects its faults; done(injected)
// stops the good clients, waits until the server holds no connection and closes
// it, then cb(injected, good requests served).
function underFaults(server, kind, faults, cb) {
  server.listen(0, '127.0.0.1', mustCall(() => {
    const port = server.address().port;
    const good = goodTraffic(kind, port);
    faults(port, mustCall((injected) => good.stop((served) => {
      whenEmptyClose(server, () => cb(injected, served));
    })));
  }));
}

// Runs fault(port, next) for each fault of the list, one after the other, then
// done(count).
function inOrder(list, port, done) {
  let i = 0;
  (function next() {
    if (i === list.length) return done(list.length);
    list[i++](port, next);
  })();
}

// Starts fault(port, cb) for each fault of the list at once; done(count) once all
// have called back.
function allAtOnce(list, port, done) {
  let left = list.length;
  for (const fault of list) fault(port, () => { if (--left === 0) done(list.length); });
}

// A timer that fails the test if it is still running (a hang); unref'ed so it never
// keeps a finished test alive.
function hangGuard(ms, what) {
  setTimeout(() => assert.fail(`hang: ${what} not done after ${ms} ms`), ms).unref();
}

// Writes `total` bytes to a writable stream in 64 KiB chunks, waiting for 'drain'
// whenever write() says so, then ends it. The returned state tells how far it got
// and whether it is waiting for 'drain' now.
function pump(stream, total) {
  const state = { written: 0, waiting: false, drains: 0 };
  (function more() {
    state.waiting = false;
    while (state.written < total && !stream.destroyed) {
      // A fresh chunk each time: a stack that buffered instead of pushing back
      // would show in the RSS.
      const n = Math.min(64 * 1024, total - state.written);
      state.written += n;
      if (!stream.write(Buffer.allocUnsafe(n).fill(0x70))) {
        state.waiting = true;
        state.drains++;
        return stream.once('drain', more);
      }
    }
    if (state.written === total) stream.end();
  })();
  return state;
}

function rssMiB() {
  return process.memoryUsage().rss / (1024 * 1024);
}

function summary(name, faults, good) {
  assert.ok(faults > 0, 'no fault was injected');
  assert.ok(good > 0, 'no good request was served');
  console.log(`${name}: faults injected: ${faults}, good requests served: ${good}`);
}

module.exports = {
  mustCall, expectedAnswer, answerHandler, createEchoServer, goodTraffic, goodBurst,
  whenEmptyClose, hangGuard, collectUntilClose, checkAnswers, underFaults, inOrder, allAtOnce,
  pump, rssMiB, summary,
};
