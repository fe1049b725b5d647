'use strict';
// The stream handle a TLSSocket runs on (Node's TLSWrap, here in JS over the
// native TLSConnection): it takes over a TCP (or Pipe) handle's reads, decrypts
// them and calls `onread(nread, buffer)` with plaintext exactly as the TCP handle
// would, and encrypts writes before handing them to the TCP handle. lib/net.js's
// Socket code therefore runs on it unchanged. Nothing here blocks: OpenSSL works
// on memory buffers only.
//
// Events for the TLSSocket come through three hooks set by lib/_tls_wrap.js:
// onhandshakedone(), onerror(err) (a TLS failure) and onnewsession() (a client
// received a session ticket).

const { Buffer } = require('buffer');
const { streamBaseState, kBytesWritten, kLastWriteWasAsync } = internalBinding('stream_wrap');
const { UV_EOF, UV_EPROTO } = internalBinding('uv');
const { owner_symbol } = require('internal/stream_base_commons');

const kTLS = Symbol('kTLS');

function noop() {}

class TLSHandle {
  constructor(stream, conn) {
    this._stream = stream;  // the TCP or Pipe handle
    this._conn = conn;      // the native TLSConnection
    this.reading = false;
    this.onread = noop;
    this.onhandshakedone = noop;
    this.onerror = noop;
    this.onnewsession = noop;
    this._secure = false;
    this._started = false;
    this._failed = false;
    this._closed = false;
    this._peerClosed = false;
    this._streamReading = false;
    this._readScheduled = false;
    this._pendingWrites = [];  // [req, buffers] written before the handshake finished
    this._pendingShutdown = null;
    this._bytesRead = 0;
    this._bytesWritten = 0;
    stream[kTLS] = this;
    stream.onread = onStreamRead;
  }

  // Starts the handshake (a client sends its hello) and the reads it needs.
  start() {
    if (this._started || this._closed) return;
    this._started = true;
    this._cycle();
    this._readStream(true);
  }

  _readStream(on) {
    if (on === this._streamReading || this._closed) return;
    this._streamReading = on;
    if (on) this._stream.readStart();
    else this._stream.readStop();
  }

  // Runs the handshake until it waits for the peer, then hands out plaintext.
  _cycle() {
    if (this._closed || this._failed) return;
    if (!this._secure) {
      const r = this._conn.handshake();
      if (r !== true) {
        this._flush();  // our next flight, or the alert that says why we fail
        if (r instanceof Error) this._fail(r);
        return;
      }
      this._secure = true;
      // The socket judges the peer first: a client that rejects the server's
      // certificate closes without sending its Finished, as Node's does.
      this.onhandshakedone();
      if (this._closed) return;
      this._flush();
      this._writePending();
      if (this._pendingShutdown !== null) this.shutdown(this._pendingShutdown);
    }
    if (this.reading) this._readAll();
  }

  _fail(err) {
    this._failed = true;
    this.onerror(err);
  }

  _readAll() {
    while (this.reading && !this._closed && !this._peerClosed) {
      const chunk = this._conn.read();
      if (chunk === undefined) break;
      if (chunk === null) {
        this._peerClosed = true;
        this._flush();
        this.onread(UV_EOF, undefined);
        break;
      }
      if (chunk instanceof Error) {
        this._fail(chunk);
        break;
      }
      this._bytesRead += chunk.length;
      this.onread(chunk.length, chunk);
    }
    if (this._closed) return;
    this._flush();  // replies OpenSSL made while reading (key updates)
    const sessions = this._conn.takeNewSessions();
    for (let i = 0; i < sessions && !this._closed; i++) this.onnewsession();
  }

  // Sends what OpenSSL produced. `reqs` (optional) are write requests that
  // complete with this write: returns 0 when it went out at once, 1 when the reqs
  // complete later, or an error code.
  _flush(reqs) {
    const out = this._closed ? undefined : this._conn.takeOutput();
    if (out === undefined) return 0;
    const req = { oncomplete: onCipherWritten, tls: this, reqs: reqs === undefined ? null : reqs };
    const err = this._stream.writeBuffer(req, out);
    if (err !== 0) return err;
    return streamBaseState[kLastWriteWasAsync] !== 0 && reqs !== undefined ? 1 : 0;
  }

  // ---- the stream handle interface lib/net.js uses ----

  readStart() {
    this.reading = true;
    if (this._closed) return 0;
    this._readStream(true);
    // Plaintext OpenSSL already holds is handed out on the next tick, as a read.
    if (this._secure && !this._readScheduled) {
      this._readScheduled = true;
      process.nextTick(readScheduled, this);
    }
    return 0;
  }

  readStop() {
    this.reading = false;
    if (this._secure) this._readStream(false);  // the handshake keeps reading
    return 0;
  }

  // The direct-to-kernel shortcuts of net/http do not apply: undefined sends
  // every write down the Writable path (writeBuffer and friends).
  tryWrite() { return undefined; }
  tryWriteHead() { return undefined; }

  writeBuffer(req, data) {
    return this._write(req, [data]);
  }

  writeUtf8String(req, string) {
    return this._write(req, [Buffer.from(string, 'utf8')]);
  }

  writeLatin1String(req, string) {
    return this._write(req, [Buffer.from(string, 'latin1')]);
  }

  writev(req, chunks) {
    return this._write(req, chunks);
  }

  // Returns 0 or an error code, and leaves in streamBaseState what the TCP handle
  // would: the bytes written and whether the write completes later.
  _write(req, chunks) {
    let total = 0;
    for (let i = 0; i < chunks.length; i++) total += chunks[i].length;
    if (this._closed) return setWriteState(total, false, UV_EPROTO);
    if (!this._secure) {
      this._pendingWrites.push(req, chunks);
      return setWriteState(total, true, 0);
    }
    let r = this._encrypt(chunks);
    if (r === 0) r = this._flush([req]);
    if (r < 0) return setWriteState(total, false, r);
    this._bytesWritten += total;
    return setWriteState(total, r === 1, 0);
  }

  _encrypt(chunks) {
    for (let i = 0; i < chunks.length; i++) {
      if (this._conn.write(chunks[i]) instanceof Error) return UV_EPROTO;
    }
    return 0;
  }

  // Writes made before the handshake finished; they were reported as async.
  _writePending() {
    const pending = this._pendingWrites;
    if (pending.length === 0) return;
    this._pendingWrites = [];
    const reqs = [];
    let r = 0;
    for (let i = 0; i < pending.length; i += 2) {
      if (r === 0) r = this._encrypt(pending[i + 1]);
      for (const c of pending[i + 1]) this._bytesWritten += c.length;
      reqs.push(pending[i]);
    }
    if (r === 0) r = this._flush(reqs);
    if (r !== 1) {
      for (const req of reqs) process.nextTick(completeReq, req, r, this);
    }
  }

  shutdown(req) {
    if (this._closed) return UV_EPROTO;
    if (!this._secure && !this._peerClosed && !this._failed) {
      this._pendingShutdown = req;  // after the handshake
      return 0;
    }
    this._pendingShutdown = null;
    if (this._secure) {
      this._conn.shutdown();  // our close_notify
      this._flush();
    }
    const sreq = { oncomplete: onStreamShutdown, tls: this, req };
    const err = this._stream.shutdown(sreq);
    if (err !== 0) process.nextTick(completeReq, req, err, this);
    return 0;
  }

  close(cb) {
    if (this._closed) return;
    this._closed = true;
    this.reading = false;
    this._conn.free();
    this._stream.onread = noop;
    this._stream.close(cb);
  }

  get bytesRead() { return this._bytesRead; }
  get bytesWritten() { return this._bytesWritten; }
  get writeQueueSize() { return this._closed ? 0 : this._stream.writeQueueSize; }
  get fd() { return this._stream.fd; }
  // The HTTP server parses TLS plaintext from 'data' events (no native consumer).
  get _consumed() { return true; }
  set _consumed(v) {}

  ref() { this._stream.ref(); }
  unref() { this._stream.unref(); }
  hasRef() { return this._stream.hasRef(); }
  getpeername(out) { return this._stream.getpeername(out); }
  getsockname(out) { return this._stream.getsockname(out); }
  setNoDelay(on) { return this._stream.setNoDelay?.(on); }
  setKeepAlive(on, delay) { return this._stream.setKeepAlive?.(on, delay); }
  bind(...args) { return this._stream.bind(...args); }
  bind6(...args) { return this._stream.bind6(...args); }
  open(fd) { return this._stream.open(fd); }
  reset(cb) {
    this._closed = true;
    this._conn.free();
    return this._stream.reset(cb);
  }
  connect(req, ...args) { return this._stream.connect(this._wrapConnect(req), ...args); }
  connect6(req, ...args) { return this._stream.connect6(this._wrapConnect(req), ...args); }

  // The connect completion names the TCP handle; the socket knows this one.
  _wrapConnect(req) {
    const oncomplete = req.oncomplete;
    const tls = this;
    req.oncomplete = function(status, handle, r, readable, writable) {
      return oncomplete.call(this, status, tls, r, readable, writable);
    };
    return req;
  }
}

function setWriteState(bytes, async, err) {
  streamBaseState[kBytesWritten] = bytes;
  streamBaseState[kLastWriteWasAsync] = async ? 1 : 0;
  return err;
}

function completeReq(req, status, handle) {
  if (typeof req.oncomplete === 'function') req.oncomplete(status, handle);
}

function readScheduled(handle) {
  handle._readScheduled = false;
  if (handle._secure && handle.reading && !handle._closed) handle._readAll();
}

// `this`: the TCP handle.
function onStreamRead(nread, buffer) {
  const tls = this[kTLS];
  if (tls === undefined || tls._closed) return;
  if (nread > 0) {
    tls._conn.receive(buffer);
    tls._cycle();
    return;
  }
  if (nread === 0) return;
  // EOF or a read error, also during the handshake: the socket decides what it
  // means (a client reports the server leaving, a server tells its 'tlsClientError').
  if (!tls._peerClosed) {
    tls._peerClosed = true;
    tls.onread(nread, undefined);
  }
}

// `this`: the request of a TCP write of ciphertext.
function onCipherWritten(status) {
  const reqs = this.reqs;
  if (reqs === null) return;  // handshake records and alerts: reads report failures
  for (let i = 0; i < reqs.length; i++) completeReq(reqs[i], status, this.tls);
}

function onStreamShutdown(status) {
  completeReq(this.req, status, this.tls);
}

module.exports = { TLSHandle, owner_symbol };
