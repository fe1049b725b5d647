'use strict';
// node:fs — the synchronous API, the callback API (work on the IOThreadPool, never
// blocking the loop) and fs.promises, all built from the operation descriptions in
// internal/fs/ops.

const {
  binding, constants, callSync, callAsync, getValidatedPath, getValidatedFd, getOptions,
  Stats, Dirent, isError, makeError, fsSystemError, lazyBuffer, validateInt32,
} = require('internal/fs/utils');
const { ops, kVoid } = require('internal/fs/ops');
const { codes } = require('internal/errors');

function takeCallback(args) {
  const cb = args[args.length - 1];
  if (typeof cb !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('cb', 'function', undefined);
  args.pop();
  return cb;
}

function runSync(p) {
  const r = callSync(p.fn, p.args, p.ctx);
  return p.map ? p.map(r) : r;
}

function runCallback(p, cb) {
  callAsync(p.fn, p.args, p.ctx, (err, r) => {
    if (err) cb(err);
    else if (p.map === kVoid) cb(null);
    else cb(null, p.map ? p.map(r) : r);
  });
}

const fs = module.exports;

for (const name of Object.keys(ops)) {
  const prepare = ops[name];
  fs[`${name}Sync`] = { [`${name}Sync`](...args) { return runSync(prepare(...args)); } }[`${name}Sync`];
  fs[name] = {
    [name](...args) {
      const cb = takeCallback(args);
      runCallback(prepare(...args), cb);
    },
  }[name];
}

// stat/lstat: { throwIfNoEntry: false } returns undefined for a missing entry.
for (const name of ['stat', 'lstat']) {
  fs[`${name}Sync`] = function statSync(path, options) {
    const p = ops[name](path);
    const r = p.fn(...p.args);
    if (isError(r)) {
      if (options && options.throwIfNoEntry === false && (r === -2 || r === -20)) return undefined;
      throw makeError(r, p.ctx);
    }
    return p.map(r);
  };
}

fs.existsSync = function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.access(path, constants.F_OK) === 0;
};

fs.exists = function exists(path, callback) {
  takeCallback([callback]);
  let valid = true;
  try { path = getValidatedPath(path); } catch { valid = false; }
  if (!valid) { process.nextTick(callback, false); return; }
  callAsync(binding.access, [path, constants.F_OK], { syscall: 'access', path }, (err) => callback(!err));
};

// realpath reports a missing component the way Node's JS walk does: lstat on it.
function realpathError(path, r) {
  if (r !== -2) return makeError(r, { syscall: 'realpath', path });
  let prefix = path.startsWith('/') ? '' : process.cwd();
  for (const part of path.split('/')) {
    if (part === '') continue;
    prefix = `${prefix}/${part}`;
    const st = binding.lstat(prefix);
    if (isError(st)) return makeError(st, { syscall: 'lstat', path: prefix });
  }
  return makeError(r, { syscall: 'lstat', path });
}

fs.realpathSync = function realpathSync(path, options) {
  const p = ops.realpath(path, options);
  const r = p.fn(...p.args);
  if (isError(r)) throw realpathError(p.args[0], r);
  return p.map(r);
};
fs.realpathSync.native = function realpath(path, options) { return runSync(ops.realpath(path, options)); };
fs.realpath = function realpath(path, options, callback) {
  const args = [...arguments];
  const cb = takeCallback(args);
  const p = ops.realpath(...args);
  callAsync(p.fn, p.args, p.ctx, (err, r) => {
    if (err) cb(realpathError(p.args[0], err.errno));
    else cb(null, p.map(r));
  });
};
fs.realpath.native = function realpath(...args) {
  const cb = takeCallback(args);
  runCallback(ops.realpath(...args), cb);
};

// readdir { recursive: true } (sync): entries of subdirectories as relative paths.
const readdirFlat = fs.readdirSync;
fs.readdirSync = function readdirSync(path, options) {
  if (!options || typeof options !== 'object' || !options.recursive) return readdirFlat(path, options);
  const root = getValidatedPath(path);
  const out = [];
  const walk = (rel) => {
    const dir = rel ? `${root}/${rel}` : root;
    for (const d of readdirFlat(dir, { ...options, withFileTypes: true, recursive: false })) {
      const name = rel ? `${rel}/${d.name}` : d.name;
      out.push(options.withFileTypes ? d : name);
      if (d.isDirectory()) walk(name);
    }
  };
  walk('');
  return out;
};

// The same walk without blocking: each directory is listed on the thread pool.
async function readdirRecursive(path, options) {
  const root = getValidatedPath(path);
  const out = [];
  const list = (dir) => new Promise((resolve, reject) => {
    runCallback(ops.readdir(dir, { ...options, withFileTypes: true, recursive: false }),
      (err, entries) => (err ? reject(err) : resolve(entries)));
  });
  const walk = async (rel) => {
    for (const d of await list(rel ? `${root}/${rel}` : root)) {
      const name = rel ? `${rel}/${d.name}` : d.name;
      out.push(options.withFileTypes ? d : name);
      if (d.isDirectory()) await walk(name);
    }
  };
  await walk('');
  return out;
}

const readdirFlatAsync = fs.readdir;
fs.readdir = function readdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (!options || typeof options !== 'object' || !options.recursive) {
    return readdirFlatAsync(path, options, callback);
  }
  takeCallback([callback]);
  readdirRecursive(path, options).then((r) => callback(null, r), callback);
};
fs.readdir.recursive = readdirRecursive;

// --- rm: files, and directory trees with { recursive } ---------------------------------

function validateRmOptions(path, options) {
  path = getValidatedPath(path);
  options = options ?? {};
  if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  const { recursive = false, force = false } = options;
  if (typeof recursive !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', recursive);
  if (typeof force !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.force', 'boolean', force);
  return { path, recursive, force };
}

// What rm does after lstat: an error, or the binding call to make.
function rmPlan(path, recursive, force, st) {
  if (isError(st)) {
    if (st === -2 && force) return null;
    return { error: makeError(st, { syscall: 'lstat', path }) };
  }
  const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (isDir && !recursive) return { error: fsSystemError('ERR_FS_EISDIR', 'Path is a directory', 21, 'rm', path) };
  return { fn: isDir ? binding.rmrf : binding.unlink, ctx: { syscall: isDir ? 'rm' : 'unlink', path } };
}

fs.rmSync = function rmSync(path, options) {
  const o = validateRmOptions(path, options);
  const plan = rmPlan(o.path, o.recursive, o.force, binding.lstat(o.path));
  if (plan === null) return;
  if (plan.error) throw plan.error;
  const r = plan.fn(o.path);
  if (isError(r) && !(r === -2 && o.force)) throw makeError(r, plan.ctx);
};

fs.rm = function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  takeCallback([callback]);
  const o = validateRmOptions(path, options);
  binding.lstat(o.path, {
    oncomplete(err, st) {
      const plan = rmPlan(o.path, o.recursive, o.force, err < 0 ? err : st);
      if (plan === null) { callback(null); return; }
      if (plan.error) { callback(plan.error); return; }
      callAsync(plan.fn, [o.path], plan.ctx, (e) => callback(e && !(e.errno === -2 && o.force) ? e : null));
    },
  });
};

// --- reads and writes on a file descriptor ---------------------------------------------

function readArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (!ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  if (offset == null) offset = 0;
  if (length === undefined) length = buffer.byteLength - offset;
  validateInt32(offset, 'offset', 0);
  if (length < 0 || length > buffer.byteLength - offset) {
    throw new codes.ERR_OUT_OF_RANGE('length', `>= 0 && <= ${buffer.byteLength - offset}`, length);
  }
  if (position === undefined) position = null;
  return [fd, buffer, offset, length, position];
}

fs.readSync = function readSync(...a) {
  return callSync(binding.read, readArgs(...a), { syscall: 'read' });
};

fs.read = function read(...a) {
  const cb = takeCallback(a);
  const args = readArgs(...a);
  callAsync(binding.read, args, { syscall: 'read' }, (err, n) => (err ? cb(err) : cb(null, n, args[1])));
};

function writeArgs(fd, data, offsetOrPosition, lengthOrEncoding, position) {
  fd = getValidatedFd(fd);
  if (typeof data === 'string') {
    const pos = typeof offsetOrPosition === 'number' ? offsetOrPosition : null;
    const encoding = typeof lengthOrEncoding === 'string' ? lengthOrEncoding : 'utf8';
    if (encoding === 'utf8' || encoding === 'utf-8') return { fn: binding.writeString, args: [fd, data, pos], buffer: data };
    data = lazyBuffer().from(data, encoding);
    return { fn: binding.writeBuffer, args: [fd, data, 0, data.byteLength, pos], buffer: data };
  }
  if (!ArrayBuffer.isView(data)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  let offset = offsetOrPosition;
  let length = lengthOrEncoding;
  if (offset !== null && typeof offset === 'object') ({ offset = 0, length, position = null } = offset);
  if (offset == null) offset = 0;
  if (typeof length !== 'number') length = data.byteLength - offset;
  if (typeof position !== 'number') position = null;
  return { fn: binding.writeBuffer, args: [fd, data, offset, length, position], buffer: data };
}

fs.writeSync = function writeSync(...a) {
  const w = writeArgs(...a);
  return callSync(w.fn, w.args, { syscall: 'write' });
};

fs.write = function write(...a) {
  const cb = takeCallback(a);
  const w = writeArgs(...a);
  callAsync(w.fn, w.args, { syscall: 'write' }, (err, n) => (err ? cb(err) : cb(null, n, w.buffer)));
};

fs.truncate = function truncate(path, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  takeCallback([callback]);
  if (typeof path === 'number') { fs.ftruncate(path, len ?? 0, callback); return; }
  fs.open(path, 'r+', (err, fd) => {
    if (err) { callback(err); return; }
    fs.ftruncate(fd, len ?? 0, (err2) => fs.close(fd, (err3) => callback(err2 || err3 || null)));
  });
};

fs.truncateSync = function truncateSync(path, len = 0) {
  if (typeof path === 'number') return fs.ftruncateSync(path, len);
  const fd = fs.openSync(path, 'r+');
  try { fs.ftruncateSync(fd, len); } finally { fs.closeSync(fd); }
};

fs.watch = function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
};

fs.watchFile = function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
};
fs.unwatchFile = function unwatchFile(filename, listener) {
  require('internal/fs/watchers').unwatchFile(filename, listener);
};

fs.cp = function cp(src, dest, options, callback) { require('internal/fs/cp').cp(src, dest, options, callback); };
fs.cpSync = function cpSync(src, dest, options) { require('internal/fs/cp').cpSync(src, dest, options); };

const dirApi = require('internal/fs/dir');
fs.opendirSync = dirApi.opendirSync;
fs.opendir = dirApi.opendir;
fs.Dir = dirApi.Dir;

fs.Stats = Stats;
fs.Dirent = Dirent;
fs.constants = {
  ...constants, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
};
for (const k of ['F_OK', 'R_OK', 'W_OK', 'X_OK']) fs[k] = constants[k];

// Streams load node:stream on first use.
let streams;
const lazyStreams = () => (streams ??= require('internal/fs/streams'));
fs.createReadStream = function createReadStream(path, options) { return lazyStreams().createReadStream(path, options); };
fs.createWriteStream = function createWriteStream(path, options) { return lazyStreams().createWriteStream(path, options); };
for (const name of ['ReadStream', 'WriteStream']) {
  Object.defineProperty(fs, name, {
    enumerable: true, configurable: true,
    get() { return lazyStreams()[name]; },
    set(v) { Object.defineProperty(fs, name, { value: v, writable: true, enumerable: true, configurable: true }); },
  });
}

let promises;
Object.defineProperty(fs, 'promises', {
  enumerable: true, configurable: true,
  get() {
    if (promises === undefined) promises = require('internal/fs/promises');
    return promises;
  },
});
