'use strict';
// net.Socket: a stream.Duplex over a TCP or Pipe handle. Connection setup (DNS,
// happy eyeballs) lives in internal/net/connect; the Server in lib/net.js.

const { setPrototypeDefaults } = require('internal/util/prototype_defaults');
const { Duplex, Writable, getDefaultHighWaterMark } = require('stream');
const { WritableState } = Writable;
const { kIdleBits, kLazyWritable, kReleaseOnwrite, kWritableNotMade } = require('internal/streams/shared');
const { Buffer } = require('buffer');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_ENOTCONN } = internalBinding('uv');
const {
  AbortError,
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
  genericNodeError,
} = require('internal/errors');
const {
  ShutdownWrap,
  writeGeneric,
  writevGeneric,
  setStreamTimeout,
  kAfterAsyncWrite,
  kBuffer,
  kBufferCb,
  kBufferGen,
  kTimeout,
  kUpdateTimer,
  owner_symbol,
} = require('internal/stream_base_commons');
const { clearTimeout } = require('internal/timers');
const { validateAbortSignal, validateNumber, validateString } = require('internal/net/validators');
const {
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kLastWriteQueueSize,
  kBytesRead,
  kBytesWritten,
  kReinitializeHandle,
  normalizedArgsSymbol,
} = require('internal/net/symbols');

const { onStreamRead, tryFastWrite, writeRest, restOfChunk } = require('internal/net/fast_stream');

let connectModule;
function lazyConnect() {
  if (connectModule === undefined) connectModule = require('internal/net/connect');
  return connectModule;
}

const { sharedEvents } = require('internal/events/shape_mode');

function noop() {}

// A Socket is callable without `new`, as in Node.
function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (options?.keepAliveInitialDelay !== undefined) {  // the caller's options, as in Node
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  // Fields most sockets never change start on the prototype (socketDefaults below):
  // every own property a constructor adds costs a shape change in QuickJS, and a
  // server makes a socket per connection.
  this._handle = null;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  // Sockets do not allow half-open by default; the socket emits 'close' itself.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  if (isDefaultHighWaterMark(options.highWaterMark) &&
      isDefaultHighWaterMark(options.writableHighWaterMark) &&
      options.defaultEncoding === undefined && options.writable !== false) {
    options[kLazyWritable] = true;  // see the _writableState accessor below
  }
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    this._handle = createHandleFromFd(options.fd);
  }

  const { onread } = options;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kBuffer] = true;
      this[kBufferGen] = onread.buffer;
    } else {
      this[kBuffer] = onread.buffer;
    }
    this[kBufferCb] = onread.callback;
  }

  if (options.noDelay) this[kSetNoDelay] = true;
  if (options.keepAlive) this[kSetKeepAlive] = true;
  const initialDelay = ~~(options.keepAliveInitialDelay / 1000);
  if (initialDelay !== 0) this[kSetKeepAliveInitialDelay] = initialDelay;

  attachHandle(this);  // a new socket: nothing to undestroy

  // With a handle already (accepted or from an fd), start the flow of data.
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) addClientAbortSignalOption(this, options);
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

// A socket makes its WritableState when something first looks at it (a write, end(),
// destroy(), ...): an idle connection that never wrote holds one object less. The
// Duplex constructor leaves it unmade when the options say nothing about the writable
// side, so it is made from the options every socket has.
const kSocketWritableOptions = { emitClose: false, autoDestroy: true, decodeStrings: false };
Object.defineProperty(Socket.prototype, '_writableState', {
  configurable: true,
  get() {
    const r = this._readableState;
    if (r === undefined || (r.state & kWritableNotMade) === 0) return undefined;
    r.state &= ~kWritableNotMade;
    const state = new WritableState(kSocketWritableOptions, this, true);
    ownWritableState(this, state);
    return state;
  },
  set(value) {
    const r = this._readableState;
    if (r !== undefined) r.state &= ~kWritableNotMade;
    ownWritableState(this, value);
  },
});
// A server passes its highWaterMark, by default the default.
function isDefaultHighWaterMark(hwm) {
  return hwm === undefined || hwm === getDefaultHighWaterMark(false);
}
// One descriptor, reused: defineProperty copies what it needs.
const ownStateDescriptor = { value: undefined, writable: true, enumerable: true, configurable: true };
function ownWritableState(socket, state) {
  ownStateDescriptor.value = state;
  Object.defineProperty(socket, '_writableState', ownStateDescriptor);
  ownStateDescriptor.value = undefined;
}

const socketDefaults = {
  // A Duplex's, with the 'end' listener every socket has (internal/events/shape_mode).
  _events: sharedEvents({ ...Duplex.prototype._events, end: onReadableStreamEnd }, Object.prototype),
  _eventsCount: 1,
  connecting: false,
  allowHalfOpen: false,
  _hadError: false,
  _parent: null,
  _host: null,
  _closeAfterHandlingError: false,
  _pendingData: null,
  _pendingEncoding: '',
  _sockname: null,
  server: null,
  _server: null,
  [kLastWriteQueueSize]: 0,
  [kTimeout]: null,
  [kBuffer]: null,
  [kBufferCb]: null,
  [kBufferGen]: null,
  [kBytesRead]: 0,
  [kBytesWritten]: 0,
  [kSetNoDelay]: false,
  [kSetKeepAlive]: false,
  [kSetKeepAliveInitialDelay]: 0,
};
setPrototypeDefaults(Socket.prototype, socketDefaults);

function createHandleFromFd(fd) {
  const handle = createHandle(fd, false);
  const err = handle.open(fd);
  if (err) throw new ErrnoException(err, 'open');
  return handle;
}

// A handle of the kind `fd` is (not yet opened on it), as Node's createHandle:
// ERR_INVALID_FD_TYPE for anything but a pipe or a TCP socket.
function createHandle(fd, isServer) {
  const { validateInt32 } = require('internal/net/validators');
  validateInt32(fd, 'fd', 0);
  const type = internalBinding('process').guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  function onAbort() {
    self._aborted = true;
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    process.nextTick(() => {
      signal.addEventListener('abort', onAbort, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAbort));
    });
  }
}

// Wires a (new) handle to this socket.
function initSocketHandle(self) {
  self._undestroy();
  if (self._sockname !== null) self._sockname = null;
  attachHandle(self);
}

function attachHandle(self) {
  if (!self._handle) return;
  self._handle[owner_symbol] = self;
  self._handle.onread = onStreamRead;
  let userBuf = self[kBuffer];
  if (userBuf) {
    const bufGen = self[kBufferGen];
    if (bufGen !== null) {
      userBuf = bufGen();
      if (!(userBuf instanceof Uint8Array)) return;
      self[kBuffer] = userBuf;
    }
    self._handle.useUserBuffer(userBuf);
  }
}

// Without allowHalfOpen the Duplex ends our side after 'end'; a write after that
// fails with EPIPE like the kernel would.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

Socket.prototype[kReinitializeHandle] = function reinitializeHandle(handle) {
  this._handle?.close();
  this._handle = handle;
  this._handle[owner_symbol] = this;
  initSocketHandle(this);
};

Socket.prototype.setTimeout = setStreamTimeout;

Socket.prototype._onTimeout = function() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    // A write still draining is activity: suppress the timeout.
    const { writeQueueSize } = handle;
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};
Socket.prototype[kUpdateTimer] = Socket.prototype._unrefTimer;
Socket.prototype[kAfterAsyncWrite] = function() {
  if (this[kLastWriteQueueSize] !== 0) this[kLastWriteQueueSize] = 0;
};

Socket.prototype.setNoDelay = function(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(new ErrnoException(err, 'read'));
}

Socket.prototype.end = function(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

// With a user buffer (onread), pause/resume map straight to readStop/readStart.
Socket.prototype.pause = function() {
  if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(new ErrnoException(err, 'read'));
    }
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) tryReadStart(this);
  return Duplex.prototype.read.call(this, n);
};

Socket.prototype._final = function(cb) {
  // Still connecting: finish once connected.
  if (this.pending) return this.once('connect', () => this._final(cb));
  if (!this._handle) return cb();
  const req = new ShutdownWrap();
  req.oncomplete = afterShutdown;
  req.handle = this._handle;
  req.callback = cb;
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(new ErrnoException(err, 'shutdown'));
};

function afterShutdown() {
  this.callback();
}

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  const wState = this._writableState;
  if (wState) Writable[kReleaseOnwrite](wState);  // no write starts after destroy()
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout] !== null) {
      clearTimeout(s[kTimeout]);
      s[kTimeout] = null;
    }
  }
  if (this._handle) {
    const isException = exception ? true : false;
    // bytesRead/bytesWritten stay readable after destroy().
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = this._handle.reset(() => this.emit('close', isException));
      if (err) this.emit('error', new ErrnoException(err, 'reset'));
    } else if (this._closeAfterHandlingError) {
      // Let 'error' listeners (next tick) still see the handle.
      const handle = this._handle;
      queueMicrotask(() => handle.close(() => this.emit('close', isException)));
    } else {
      this._handle.close(() => this.emit('close', isException));
    }
    this._handle.onread = noop;
    this._handle = null;
    if (this._sockname !== null) this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) {
  self.emit('close');
}

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    // Kept even when getsockname fails (not bound yet), as Node: address() gives
    // the same empty object until the socket connects and this is cleared.
    this._sockname = {};
    this._handle.getsockname(this._sockname);
  }
  return this._sockname;
};

// Node's protoGetter: enumerable (for...in lists them) and not configurable.
function protoGetter(name, get) {
  Object.defineProperty(Socket.prototype, name, { get, enumerable: true, configurable: false });
}

function addressGetter(name, fromPeer, field) {
  protoGetter(name, function() { return (fromPeer ? this._getpeername() : this._getsockname())[field]; });
}
protoGetter('bytesRead', function() { return this._handle ? this._handle.bytesRead : this[kBytesRead]; });
addressGetter('remoteAddress', true, 'address');
addressGetter('remoteFamily', true, 'family');
addressGetter('remotePort', true, 'port');
addressGetter('localAddress', false, 'address');
addressGetter('localPort', false, 'port');
addressGetter('localFamily', false, 'family');

// Bytes handed to the kernel (and the legacy name for them).
function bytesDispatched() { return this._handle ? this._handle.bytesWritten : this[kBytesWritten]; }
protoGetter('_bytesDispatched', bytesDispatched);

// Bytes handed to the kernel plus those still buffered in the Writable.
protoGetter('bytesWritten', function() {
  let bytes = bytesDispatched.call(this);
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const chunk = data[i];
      if (data.allBuffers || chunk instanceof Buffer) bytes += chunk.length;
      else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
    }
  } else if (data) {
    if (typeof data !== 'string') bytes += data.length;
    else bytes += Buffer.byteLength(data, encoding);
  }
  return bytes;
});

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  // Still connecting: hold this chunk (the Writable holds the rest) until 'connect'.
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    function onClose() {
      cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    }
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  if (this._pendingData !== null) {
    this._pendingData = null;
    this._pendingEncoding = '';
  }
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  if (this[kTimeout] !== null) this._unrefTimer();
  const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

// write() first offers the chunk to the kernel directly when nothing is queued
// (internal/net/fast_stream); otherwise, and for the rest, the Writable path. The
// method itself is native (src/modules/net/SocketWrite.cpp) for the common case
// of a chunk with no callback, and calls this function for everything else.
function write(chunk, encoding, cb) {
  const ret = tryFastWrite(this, chunk, encoding, cb);
  if (ret === undefined) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (this[kTimeout] !== null) this._unrefTimer();
  return ret;
}
{
  const { mask, want } = Writable[kIdleBits];
  Socket.prototype.write = internalBinding('stream_wrap').makeSocketWrite(write, writeRest, kTimeout, mask, want);
}

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  const rest = restOfChunk(this, data, encoding);  // the kernel took the start already
  if (rest !== undefined) this._writeGeneric(false, rest, 'buffer', cb);
  else this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = lazyConnect().normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (cb !== null) this.once('connect', cb);  // before the checks, as Node
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    lazyConnect().internalConnect(this, path);
  } else {
    lazyConnect().lookupAndConnect(this, options);
  }
  return this;
};

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

module.exports = { Socket, initSocketHandle, noop, tryReadStart, createHandle };
