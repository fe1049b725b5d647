'use strict';
// ChildProcess and the stdio plumbing behind node:child_process (Node's
// lib/internal/child_process.js): a Process handle (process_wrap) per child, Pipe
// handles (pipe_wrap) for its stdio wrapped in net.Socket, and spawnSync on top of
// the spawn_sync binding.

const EventEmitter = require('events');
const net = require('net');
const { Buffer } = require('buffer');
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const spawnSyncBinding = internalBinding('spawn_sync');
const signals = require('internal/process/signals');
const { ErrnoException, codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_SYNC_FORK_INPUT, ERR_UNKNOWN_SIGNAL } = codes;
const { validateObject, validateString } = require('internal/net/validators');

const uv = internalBinding('uv');
const UV_EACCES = uv.UV_EACCES;
const UV_EAGAIN = uv.UV_EAGAIN;
const UV_EINVAL = uv.UV_EINVAL;
const UV_EMFILE = uv.UV_EMFILE;
const UV_ENFILE = uv.UV_ENFILE;
const UV_ENOENT = uv.UV_ENOENT;
const UV_ENOSYS = uv.UV_ENOSYS;
const UV_ESRCH = uv.UV_ESRCH;

// Signal number -> name; the first name wins (SIGABRT over SIGIOT, SIGIO over SIGPOLL).
let signalNames;
function signalName(signum) {
  if (signalNames === undefined) {
    signalNames = Object.create(null);
    for (const name of Object.keys(signals)) {
      if (signalNames[signals[name]] === undefined) signalNames[signals[name]] = name;
    }
  }
  return signalNames[signum];
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== undefined) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

function noop() {}

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;

  this._handle = new Process();
  this._handle.onexit = (exitCode, signalCode) => {
    if (signalCode) this.signalCode = signalName(signalCode) || signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = new ErrnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Streams nobody reads are drained so that they end and 'close' can follow.
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream.listenerCount('data') > 0 ||
        stream.listenerCount('readable') > 0) {
      continue;
    }
    stream.resume();
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function onErrorNT(self, err) {
  if (self._handle) self._handle.onexit(err, 0);
}

function onSpawnNT(self) {
  self.emit('spawn');
}

function createSocket(pipe, readable) {
  return net.Socket({ handle: pipe, readable });
}

function stdioStringToArray(stdio, channel) {
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': return [stdio, stdio, stdio];
    case 'inherit': return [0, 1, 2];
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
}

// The handle of a stream or handle given as a stdio entry (a socket, a Pipe), or null.
function handleOf(value) {
  if (value == null || typeof value !== 'object') return null;
  for (const h of [value, value.handle, value._handle]) {
    if (h instanceof Pipe) return h;
    if (h != null && typeof h === 'object' && typeof h.readStart === 'function' &&
        typeof h.writeBuffer === 'function') {
      return h;
    }
  }
  return null;
}

function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  else stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);

  const acc = [];
  const cleanup = () => {
    for (const a of acc) if (a.type === 'pipe' && a.handle) a.handle.close();
  };
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      acc.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      const a = { type: 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) a.handle = new Pipe(PipeConstants.SOCKET);
      acc.push(a);
    } else if (s === 'ipc') {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', s, 'is not supported by protoJS (no IPC channel)');
    } else if (s === 'inherit') {
      acc.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      acc.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (handleOf(s)) {
      acc.push({ type: 'wrap', handle: handleOf(s), _stdio: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        cleanup();
        throw new ERR_INVALID_SYNC_FORK_INPUT(require('util').inspect(s));
      }
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: acc };
}

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const stdio = options.stdio = getValidStdio(options.stdio || 'pipe', false).stdio;
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    if (!Array.isArray(options.args)) throw new ERR_INVALID_ARG_TYPE('options.args', 'Array', options.args);
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn(options);
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
      err === UV_ENFILE || err === UV_ENOENT) {
    // Errors of the run time are 'error' events, not exceptions.
    process.nextTick(onErrorNT, this, err);
    if (err === UV_EMFILE || err === UV_ENFILE) {
      closeStdioHandles(stdio);
      return err;
    }
  } else if (err) {
    closeStdioHandles(stdio);
    this._handle.close();
    this._handle = null;
    throw new ErrnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }
  this.pid = this._handle.pid;

  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (stream.type === 'ignore') continue;
    if (stream.type === 'wrap') {
      // The child reads the stream now: stop reading it here.
      stream.handle.reading = false;
      stream.handle.readStop();
      if (typeof stream._stdio.pause === 'function') {
        stream._stdio.pause();
        stream._stdio.readableFlowing = false;
        if (stream._stdio._readableState) stream._stdio._readableState.reading = false;
      }
      continue;
    }
    if (stream.handle) {
      if (this.pid === undefined) {
        // Spawning failed: the pipe never opened. Close it (nothing pins it in JS).
        stream.handle.close();
        stream.socket = createSocket(null, i > 0);
        continue;
      }
      stream.socket = createSocket(stream.handle, i > 0);
      if (i > 0) {
        this._closesNeeded++;
        stream.socket.on('close', () => maybeClose(this));
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = stdio.map((s) => (s.socket === undefined ? null : s.socket));
  return err;
};

function closeStdioHandles(stdio) {
  for (const s of stdio) if (s.type === 'pipe' && s.handle) s.handle.close();
}

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already gone.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw new ErrnoException(err, 'kill');
    } else {
      this.emit('error', new ErrnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

Object.defineProperty(ChildProcess.prototype, 'channel', {
  configurable: true, enumerable: false, get() { return undefined; },
});

ChildProcess.prototype.disconnect = noop;

function spawnSync(options) {
  const result = spawnSyncBinding.spawn(options);
  const out = {};
  if (result.error !== undefined) out.error = result.error;
  out.status = result.status;
  out.signal = result.signal === null ? null : (signalName(result.signal) || result.signal);
  let output = result.output;
  if (output) {
    output = output.map((ab) => (ab === null ? null : Buffer.from(ab)));
    if (options.encoding && options.encoding !== 'buffer') {
      output = output.map((b) => (b === null ? null : b.toString(options.encoding)));
    }
  }
  out.output = output;
  out.pid = result.pid;
  out.stdout = output && output[1];
  out.stderr = output && output[2];
  if (out.error !== undefined) {
    out.error = new ErrnoException(out.error, 'spawnSync ' + options.file);
    out.error.path = options.file;
    out.error.spawnargs = options.args.slice(1);
  }
  return out;
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  spawnSync,
};
