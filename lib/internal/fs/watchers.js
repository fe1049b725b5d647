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

// --- fs.watchFile: polling with stat, as libuv's uv_fs_poll does ------------------------

const kPollFields = ['dev', 'ino', 'mode', 'uid', 'gid', 'size', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];

function zeroStats() {
  const { Stats } = require('internal/fs/utils');
  return new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

const statChanged = (a, b) => kPollFields.some((k) => a[k] !== b[k]);

class StatWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  start(filename, persistent, interval) {
    const fs = require('fs');
    let prev = null;
    let polling = false;
    const poll = () => {
      if (polling || this._handle === null) return;
      polling = true;
      fs.stat(filename, (err, curr) => {
        polling = false;
        if (this._handle === null) return;
        if (err) curr = zeroStats();
        // The first poll only records, except a missing file is reported at once.
        if (prev === null) {
          prev = curr;
          if (err) this.emit('change', curr, zeroStats());
          return;
        }
        if (statChanged(curr, prev)) {
          const old = prev;
          prev = curr;
          this.emit('change', curr, old);
        }
      });
    };
    this._handle = setInterval(poll, interval);
    if (!persistent) this._handle.unref();
    poll();
  }

  stop() {
    if (this._handle === null) return;
    clearInterval(this._handle);
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
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

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const path = require('path').resolve(getValidatedPath(filename, 'filename'));
  options = { interval: 5007, persistent: true, ...options };
  if (typeof listener !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  let watcher = statWatchers.get(path);
  if (watcher === undefined) {
    watcher = new StatWatcher();
    watcher.start(path, options.persistent, options.interval);
    statWatchers.set(path, watcher);
  }
  watcher.addListener('change', listener);
  return watcher;
}

function unwatchFile(filename, listener) {
  const path = require('path').resolve(getValidatedPath(filename, 'filename'));
  const watcher = statWatchers.get(path);
  if (watcher === undefined) return;
  if (typeof listener === 'function') watcher.removeListener('change', listener);
  else watcher.removeAllListeners('change');
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(path);
  }
}

module.exports.StatWatcher = StatWatcher;
module.exports.watchFile = watchFile;
module.exports.unwatchFile = unwatchFile;
