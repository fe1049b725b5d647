'use strict';
// fs.watch: FSWatcher, an EventEmitter over the fs_event_wrap binding (inotify through
// libuv). 'change' (eventType, filename), 'error', and 'close' after close().

const EventEmitter = require('events');
const { codes, uvErrmapGet } = require('internal/errors');
const { getValidatedPath, lazyBuffer } = require('internal/fs/utils');

const { FSEvent } = internalBinding('fs_event_wrap');

// Node's watch error carries errno, syscall, code, path and filename, in that order.
function watchError(errno, path) {
  const [code, message] = uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
  const err = new Error(`${code}: ${message}, watch '${path}'`);
  err.errno = errno;
  err.syscall = 'watch';
  err.code = code;
  err.path = path;
  err.filename = path;
  return err;
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new FSEvent();
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) this._handle.close();
        this._handle = null;
        this.emit('error', watchError(status, filename));
        return;
      }
      if (this._encoding && this._encoding !== 'utf8' && filename !== null) {
        const buf = lazyBuffer().from(filename);
        filename = this._encoding === 'buffer' ? buf : buf.toString(this._encoding);
      }
      this.emit('change', eventType, filename);
    };
  }

  start(filename, persistent, recursive, encoding) {
    if (this._handle === null) return;
    this._encoding = encoding;
    const err = this._handle.start(filename, recursive);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, filename);
    }
    if (!persistent) this._handle.unref();
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

function validateBooleanOption(value, name) {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE(`options.${name}`, 'boolean', value);
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (typeof options === 'string') options = { encoding: options };
  options = options ?? {};
  if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBooleanOption(persistent, 'persistent');
  validateBooleanOption(recursive, 'recursive');
  const path = getValidatedPath(filename, 'filename');
  const watcher = new FSWatcher();
  watcher.start(path, persistent, recursive, encoding);
  if (typeof listener === 'function') watcher.addListener('change', listener);
  if (signal) {
    if (signal.aborted) process.nextTick(() => watcher.close());
    else signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

module.exports = { FSWatcher, watch };
