'use strict';
// fs.Dir (opendir/opendirSync/promises.opendir). The directory is listed once when
// opened (on the IOThreadPool for the async forms) and handed out entry by entry.

const { codes } = require('internal/errors');
const { binding, callSync, callAsync, getValidatedPath, Dirent, validateFunction } = require('internal/fs/utils');

const kEntries = Symbol('kDirEntries');
const kClosed = Symbol('kDirClosed');
const kPath = Symbol('kDirPath');

function toDirents(path, [names, types]) {
  return names.map((n, i) => new Dirent(n, types[i], path));
}

class Dir {
  constructor(path, entries) {
    Object.defineProperty(this, kPath, { value: path });
    Object.defineProperty(this, kEntries, { value: entries });
    Object.defineProperty(this, kClosed, { value: false, writable: true });
  }

  get path() { return this[kPath]; }

  #checkOpen() {
    if (this[kClosed]) throw new codes.ERR_DIR_CLOSED();
  }

  readSync() {
    this.#checkOpen();
    return this[kEntries].shift() ?? null;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        try { resolve(this.readSync()); } catch (err) { reject(err); }
      });
    }
    validateFunction(callback, 'callback');
    let entry;
    try { entry = this.readSync(); } catch (err) {
      process.nextTick(callback, err);
      return undefined;
    }
    process.nextTick(callback, null, entry);
    return undefined;
  }

  closeSync() {
    this.#checkOpen();
    this[kClosed] = true;
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        try { this.closeSync(); resolve(); } catch (err) { reject(err); }
      });
    }
    validateFunction(callback, 'callback');
    try { this.closeSync(); } catch (err) {
      process.nextTick(callback, err);
      return undefined;
    }
    process.nextTick(callback, null);
    return undefined;
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

function opendirSync(path) {
  path = getValidatedPath(path);
  const listing = callSync(binding.readdir, [path, true], { syscall: 'opendir', path });
  return new Dir(path, toDirents(path, listing));
}

function opendir(path, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  callAsync(binding.readdir, [path, true], { syscall: 'opendir', path }, (err, listing) => {
    if (err) callback(err);
    else callback(null, new Dir(path, toDirents(path, listing)));
  });
}

function opendirPromise(path) {
  return new Promise((resolve, reject) => {
    opendir(path, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
