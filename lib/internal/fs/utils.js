'use strict';
// Shared pieces of node:fs: argument validation, open flags, Stats and Dirent, and
// the one place where a binding call becomes a result or a Node-shaped error, for
// the sync, callback and promise APIs alike.

const binding = internalBinding('fs');
const { codes, uvException, uvErrmapGet } = require('internal/errors');
const { constants } = binding;

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// --- validation ----------------------------------------------------------------------

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function getValidatedPath(path, name = 'path') {
  if (isURL(path)) path = require('internal/url').fileURLToPath(path);
  else if (path instanceof Uint8Array) path = lazyBuffer().from(path).toString();
  else if (typeof path !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  return value;
}

function getValidatedFd(fd, name = 'fd') {
  return validateInt32(fd, name, 0, 2147483647);
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'function', fn);
  return fn;
}

function validateEncoding(encoding) {
  if (encoding == null || encoding === 'buffer') return;
  const B = lazyBuffer();
  if (!B.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// options may be a string (the encoding), an object, or undefined.
function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') options = { ...defaults, encoding: options };
  else if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  } else options = { ...defaults, ...options };
  validateEncoding(options.encoding);
  return options;
}

function parseMode(mode, name, def) {
  if (mode == null) return def;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw new codes.ERR_INVALID_ARG_VALUE(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    }
    return parseInt(mode, 8);
  }
  return validateInt32(mode, name, 0, 4294967295);
}

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND, O_EXCL, O_SYNC } = constants;
const kFlags = {
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC, 'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const f = kFlags[flags];
  if (f === undefined) throw new codes.ERR_INVALID_ARG_VALUE(name, flags);
  return f;
}

// --- results ---------------------------------------------------------------------------

const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

function dateFromMs(ms) { return new Date(Math.round(ms)); }

class StatsBase {
  isDirectory() { return (this.mode & S_IFMT) === S_IFDIR; }
  isFile() { return (this.mode & S_IFMT) === S_IFREG; }
  isBlockDevice() { return (this.mode & S_IFMT) === S_IFBLK; }
  isCharacterDevice() { return (this.mode & S_IFMT) === S_IFCHR; }
  isSymbolicLink() { return (this.mode & S_IFMT) === S_IFLNK; }
  isFIFO() { return (this.mode & S_IFMT) === S_IFIFO; }
  isSocket() { return (this.mode & S_IFMT) === S_IFSOCK; }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super();
    Object.assign(this, { dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
      atimeMs, mtimeMs, ctimeMs, birthtimeMs });
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
  }
}

function toStats(arr) { return new Stats(...arr); }

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// --- calling the binding -----------------------------------------------------------------

function isError(r) { return typeof r === 'number' && r < 0; }

function makeError(errno, ctx) {
  if (ctx.refine) ctx = ctx.refine(errno, ctx);
  return uvException({ errno, syscall: ctx.syscall, path: ctx.path, dest: ctx.dest });
}

// Node's SystemError for fs errors it reports itself (ERR_FS_EISDIR).
function fsSystemError(key, prefix, errno, syscall, path) {
  const [code, uvMessage] = uvErrmapGet(-errno);
  // Node takes this one from strerror(), not from libuv's table.
  const message = code === 'EISDIR' ? 'is a directory' : uvMessage;
  const err = new Error(`${prefix}: ${syscall} returned ${code} (${message}) ${path}`);
  err.name = 'SystemError';
  err.code = key;
  err.info = { code, message, path, syscall, errno };
  err.errno = errno;
  err.syscall = syscall;
  err.path = path;
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `SystemError [${key}]: ${this.message}`; }, enumerable: false, writable: true, configurable: true,
  });
  return err;
}

// Runs `fn(...args)` now; throws a Node-shaped error for a failed call.
function callSync(fn, args, ctx) {
  const r = fn(...args);
  if (isError(r)) throw makeError(r, ctx);
  return r;
}

// Runs `fn(...args, req)` on the thread pool; `done(err, result)` on the JS thread.
function callAsync(fn, args, ctx, done) {
  const req = {
    oncomplete(err, result) {
      if (err < 0) done(makeError(err, ctx));
      else done(null, result);
    },
  };
  const r = fn(...args, req);
  if (isError(r)) process.nextTick(done, makeError(r, ctx));
}

function callPromise(fn, args, ctx) {
  return new Promise((resolve, reject) => {
    callAsync(fn, args, ctx, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function bufferFrom(arrayBuffer) {
  return lazyBuffer().from(arrayBuffer);
}

// A string to write: UTF-8 goes straight to the binding; other encodings as bytes.
function encodeData(data, encoding) {
  if (typeof data === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return data;
    return lazyBuffer().from(data, encoding);
  }
  if (ArrayBuffer.isView(data)) return data;
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function decodeBytes(arrayBuffer, encoding) {
  const buf = bufferFrom(arrayBuffer);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

module.exports = {
  binding, constants, getValidatedPath, getValidatedFd, validateFunction, validateInt32,
  getOptions, parseMode, stringToFlags, Stats, toStats, Dirent, isError, makeError,
  fsSystemError, callSync, callAsync, callPromise, encodeData, decodeBytes, lazyBuffer,
  validateEncoding,
};
