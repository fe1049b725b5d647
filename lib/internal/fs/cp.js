'use strict';
// fs.cp, fs.cpSync and fs.promises.cp. The copy is written once, as a generator that
// yields each file system step ({ op, args }) and receives its result; a sync
// driver runs the steps with the *Sync calls, an async one with fs.promises (so the
// callback and promise forms never block the loop, and `filter` may be async).

const pathModule = require('path');
const { codes, uvErrmapGet } = require('internal/errors');
const { getValidatedPath } = require('internal/fs/utils');

// Node's cp errors: SystemError with info { message, path, syscall, errno, code }.
function cpError(key, prefix, code, errno, message, path) {
  const err = new Error(`${prefix}: cp returned ${code} (${message}) ${path}`);
  Object.defineProperty(err, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
  err.code = key;
  err.info = { message, path, syscall: 'cp', errno, code };
  err.errno = errno;
  err.syscall = 'cp';
  err.path = path;
  Object.defineProperty(err, 'toString', {
    value() { return `SystemError [${key}]: ${this.message}`; }, enumerable: false, writable: true, configurable: true,
  });
  return err;
}

function validateOptions(options) {
  if (options == null) options = {};
  if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const opts = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, mode: 0, ...options,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    if (typeof opts[k] !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(`options.${k}`, 'boolean', opts[k]);
  }
  if (opts.filter !== undefined && typeof opts.filter !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.filter', 'Function', opts.filter);
  }
  return opts;
}

const isSubdir = (src, dest) => {
  const s = src.split(pathModule.sep).filter(Boolean);
  const d = dest.split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
};

// A missing destination reads as null.
function* statOrNull(op, path) {
  try {
    const stats = yield { op, args: [path] };
    return stats;
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

function* copyEntry(src, dest, opts) {
  if (opts.filter) {
    const keep = yield { filter: [src, dest] };
    if (!keep) return;
  }
  const statOp = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield { op: statOp, args: [src] };
  const destStat = yield* statOrNull(statOp, dest);
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) {
      throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22, 'src and dest cannot be the same', dest);
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', 'EISDIR', 21,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', 'ENOTDIR', 20,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) {
    throw cpError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'EINVAL', 22,
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', 'Path is a directory', 'EISDIR', 22, `${src} is a directory (not copied)`, src);
    }
    if (!destStat) yield { op: 'mkdir', args: [dest, { mode: srcStat.mode & 0o7777 }] };
    const names = yield { op: 'readdir', args: [src] };
    for (const name of names) {
      yield* copyEntry(pathModule.join(src, name), pathModule.join(dest, name), opts);
    }
    return;
  }
  if (srcStat.isSymbolicLink()) {
    let target = yield { op: 'readlink', args: [src] };
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) target = pathModule.resolve(pathModule.dirname(src), target);
    if (destStat) yield { op: 'unlink', args: [dest] };
    yield { op: 'symlink', args: [target, dest] };
    return;
  }
  if (destStat) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw cpError('ERR_FS_CP_EEXIST', 'Target already exists', 'EEXIST', 17, `${dest} already exists`, dest);
      }
      return;
    }
    yield { op: 'unlink', args: [dest] };
  }
  yield { op: 'copyFile', args: [src, dest, opts.mode] };
  if (opts.preserveTimestamps) yield { op: 'utimes', args: [dest, srcStat.atime, srcStat.mtime] };
}

function prepare(src, dest, options) {
  const opts = validateOptions(options);
  src = pathModule.resolve(getValidatedPath(src, 'src'));
  dest = pathModule.resolve(getValidatedPath(dest, 'dest'));
  return copyEntry(src, dest, opts);
}

function cpSync(src, dest, options) {
  const fs = require('fs');
  const opts = options ?? {};
  const steps = prepare(src, dest, options);
  let input;
  let failure;
  for (;;) {
    const { value, done } = failure ? steps.throw(failure.err) : steps.next(input);
    failure = undefined;
    if (done) return;
    try {
      input = value.filter ? opts.filter(...value.filter) : fs[`${value.op}Sync`](...value.args);
    } catch (err) {
      failure = { err };
    }
  }
}

async function cpAsync(src, dest, options) {
  const fsp = require('fs').promises;
  const opts = options ?? {};
  const steps = prepare(src, dest, options);
  let input;
  let failure;
  for (;;) {
    const { value, done } = failure ? steps.throw(failure.err) : steps.next(input);
    failure = undefined;
    if (done) return;
    try {
      input = value.filter ? await opts.filter(...value.filter) : await fsp[value.op](...value.args);
    } catch (err) {
      failure = { err };
    }
  }
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('cb', 'function', callback);
  cpAsync(src, dest, options).then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpAsync };
