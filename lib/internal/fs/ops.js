'use strict';
// Each fs operation described once: prepare(...userArgs) validates the arguments and
// returns { fn, args, ctx, map } — the binding function, its arguments, the error
// context (syscall, path, dest) and how to turn the binding's result into the API's
// value. node:fs and fs/promises build their sync, callback and promise forms from
// these descriptions, so validation and errors agree across the three.

const {
  binding, getValidatedPath, getValidatedFd, getOptions, parseMode, stringToFlags,
  toStats, Dirent, encodeData, decodeBytes, validateInt32, constants,
} = require('internal/fs/utils');
const { codes } = require('internal/errors');

const kVoid = () => undefined;

// readFile opens, then reads: a directory opens fine and fails at read(2) (Node
// reports that as 'read' without a path); on an fd Node first calls fstat.
const readStep = (errno, ctx) => (errno === -21 ? { syscall: 'read' } : ctx);

function pathOp(syscall, fn) {
  return (path) => {
    path = getValidatedPath(path);
    return { fn, args: [path], ctx: { syscall, path }, map: kVoid };
  };
}

function twoPathOp(syscall, fn, names = ['oldPath', 'newPath']) {
  return (from, to) => {
    from = getValidatedPath(from, names[0]);
    to = getValidatedPath(to, names[1]);
    return { fn, args: [from, to], ctx: { syscall, path: from, dest: to }, map: kVoid };
  };
}

// Seconds since the epoch from a Date, a number, or a numeric string (Node's toUnixTimestamp).
function toUnixTime(time, name) {
  if (typeof time === 'string' && +time == time) return +time;  // eslint-disable-line eqeqeq
  if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// uid/gid: -1 (unchanged) up to 2^32-1.
function validateId(id, name) {
  if (typeof id !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', id);
  if (!Number.isInteger(id)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', id);
  if (id < -1 || id > 4294967295) throw new codes.ERR_OUT_OF_RANGE(name, '>= -1 && <= 4294967295', id);
  return id;
}

function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buf = require('buffer').Buffer.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

const ops = {
  access(path, mode) {
    path = getValidatedPath(path);
    mode = mode == null ? constants.F_OK : validateInt32(mode, 'mode', 0, 7);
    return { fn: binding.access, args: [path, mode], ctx: { syscall: 'access', path }, map: kVoid };
  },
  stat(path) {
    path = getValidatedPath(path);
    return { fn: binding.stat, args: [path], ctx: { syscall: 'stat', path }, map: toStats };
  },
  lstat(path) {
    path = getValidatedPath(path);
    return { fn: binding.lstat, args: [path], ctx: { syscall: 'lstat', path }, map: toStats };
  },
  fstat(fd) {
    fd = getValidatedFd(fd);
    return { fn: binding.fstat, args: [fd], ctx: { syscall: 'fstat' }, map: toStats };
  },
  unlink: pathOp('unlink', binding.unlink),
  rmdir: pathOp('rmdir', binding.rmdir),
  rename: twoPathOp('rename', binding.rename),
  link: twoPathOp('link', binding.link, ['existingPath', 'newPath']),
  copyFile(src, dest, mode = 0) {
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    mode = validateInt32(mode, 'mode', 0, 7);
    return { fn: binding.copyFile, args: [src, dest, mode], ctx: { syscall: 'copyfile', path: src, dest }, map: kVoid };
  },
  symlink(target, path, type) {
    target = getValidatedPath(target, 'target');
    path = getValidatedPath(path);
    const flags = type === 'dir' ? constants.UV_FS_SYMLINK_DIR : 0;
    return { fn: binding.symlink, args: [target, path, flags], ctx: { syscall: 'symlink', path: target, dest: path }, map: kVoid };
  },
  readlink(path, options) {
    path = getValidatedPath(path);
    const { encoding } = getOptions(options, {});
    return { fn: binding.readlink, args: [path], ctx: { syscall: 'readlink', path }, map: (s) => encodeName(s, encoding) };
  },
  chmod(path, mode) {
    path = getValidatedPath(path);
    mode = parseMode(mode, 'mode');
    return { fn: binding.chmod, args: [path, mode], ctx: { syscall: 'chmod', path }, map: kVoid };
  },
  utimes(path, atime, mtime) {
    path = getValidatedPath(path);
    return { fn: binding.utimes, args: [path, toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime')], ctx: { syscall: 'utime', path }, map: kVoid };
  },
  lutimes(path, atime, mtime) {
    path = getValidatedPath(path);
    return { fn: binding.lutimes, args: [path, toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime')], ctx: { syscall: 'lutime', path }, map: kVoid };
  },
  futimes(fd, atime, mtime) {
    fd = getValidatedFd(fd);
    return { fn: binding.futimes, args: [fd, toUnixTime(atime, 'atime'), toUnixTime(mtime, 'mtime')], ctx: { syscall: 'futime' }, map: kVoid };
  },
  chown(path, uid, gid) {
    path = getValidatedPath(path);
    return { fn: binding.chown, args: [path, validateId(uid, 'uid'), validateId(gid, 'gid')], ctx: { syscall: 'chown', path }, map: kVoid };
  },
  lchown(path, uid, gid) {
    path = getValidatedPath(path);
    return { fn: binding.lchown, args: [path, validateId(uid, 'uid'), validateId(gid, 'gid')], ctx: { syscall: 'lchown', path }, map: kVoid };
  },
  fchown(fd, uid, gid) {
    fd = getValidatedFd(fd);
    return { fn: binding.fchown, args: [fd, validateId(uid, 'uid'), validateId(gid, 'gid')], ctx: { syscall: 'fchown' }, map: kVoid };
  },
  fchmod(fd, mode) {
    fd = getValidatedFd(fd);
    return { fn: binding.fchmod, args: [fd, parseMode(mode, 'mode')], ctx: { syscall: 'fchmod' }, map: kVoid };
  },
  fdatasync(fd) {
    fd = getValidatedFd(fd);
    return { fn: binding.fdatasync, args: [fd], ctx: { syscall: 'fdatasync' }, map: kVoid };
  },
  mkdir(path, options) {
    path = getValidatedPath(path);
    let recursive = false;
    let mode = 0o777;
    if (typeof options === 'number' || typeof options === 'string') mode = parseMode(options, 'mode');
    else if (options) {
      recursive = options.recursive ?? false;
      if (typeof recursive !== 'boolean') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', recursive);
      }
      mode = parseMode(options.mode, 'mode', 0o777);
    }
    if (recursive) {
      return { fn: binding.mkdirp, args: [path, mode], ctx: { syscall: 'mkdir', path }, map: (first) => first };
    }
    return { fn: binding.mkdir, args: [path, mode], ctx: { syscall: 'mkdir', path }, map: kVoid };
  },
  mkdtemp(prefix, options) {
    const { encoding } = getOptions(options, {});
    prefix = getValidatedPath(prefix, 'prefix');
    return { fn: binding.mkdtemp, args: [prefix], ctx: { syscall: 'mkdtemp', path: `${prefix}XXXXXX` }, map: (s) => encodeName(s, encoding) };
  },
  readdir(path, options) {
    path = getValidatedPath(path);
    const { encoding, withFileTypes = false } = getOptions(options, {});
    const map = withFileTypes
      ? ([names, types]) => names.map((n, i) => new Dirent(encodeName(n, encoding), types[i], path))
      : (names) => names.map((n) => encodeName(n, encoding));
    return { fn: binding.readdir, args: [path, withFileTypes], ctx: { syscall: 'scandir', path }, map };
  },
  realpath(path, options) {
    path = getValidatedPath(path);
    const { encoding } = getOptions(options, {});
    return { fn: binding.realpath, args: [path], ctx: { syscall: 'realpath', path }, map: (s) => encodeName(s, encoding) };
  },
  open(path, flags, mode) {
    path = getValidatedPath(path);
    flags = stringToFlags(flags);
    mode = parseMode(mode, 'mode', 0o666);
    return { fn: binding.open, args: [path, flags, mode], ctx: { syscall: 'open', path } };
  },
  close(fd) {
    fd = getValidatedFd(fd);
    return { fn: binding.close, args: [fd], ctx: { syscall: 'close' }, map: kVoid };
  },
  fsync(fd) {
    fd = getValidatedFd(fd);
    return { fn: binding.fsync, args: [fd], ctx: { syscall: 'fsync' }, map: kVoid };
  },
  ftruncate(fd, len = 0) {
    fd = getValidatedFd(fd);
    return { fn: binding.ftruncate, args: [fd, len], ctx: { syscall: 'ftruncate' }, map: kVoid };
  },
  readFile(path, options) {
    const { encoding, flag } = getOptions(options, { flag: 'r' });
    const utf8 = encoding === 'utf8' || encoding === 'utf-8';
    if (typeof path === 'number') {
      const fd = getValidatedFd(path);
      return { fn: binding.readFd, args: [fd, !utf8], ctx: { syscall: 'fstat', refine: readStep }, map: utf8 ? undefined : (ab) => decodeBytes(ab, encoding) };
    }
    path = getValidatedPath(path);
    const flags = stringToFlags(flag, 'flags');
    if (utf8) return { fn: binding.readFileUtf8, args: [path, flags], ctx: { syscall: 'open', path, refine: readStep } };
    return { fn: binding.readFileBytes, args: [path, flags], ctx: { syscall: 'open', path, refine: readStep }, map: (ab) => decodeBytes(ab, encoding) };
  },
  writeFile(path, data, options) {
    const { encoding, flag, mode } = getOptions(options, { encoding: 'utf8', flag: 'w', mode: 0o666 });
    const bytes = encodeData(data, encoding);
    if (typeof path === 'number') {
      const fd = getValidatedFd(path);
      const fn = typeof bytes === 'string' ? binding.writeString : binding.writeBuffer;
      const args = typeof bytes === 'string' ? [fd, bytes, null] : [fd, bytes, 0, bytes.byteLength, null];
      return { fn, args, ctx: { syscall: 'write' }, map: kVoid };
    }
    path = getValidatedPath(path);
    const flags = stringToFlags(flag, 'flags');
    return { fn: binding.writeFile, args: [path, bytes, flags, parseMode(mode, 'mode', 0o666)], ctx: { syscall: 'open', path }, map: kVoid };
  },
  appendFile(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', flag: 'a', mode: 0o666 });
    if (!options.flag || options.flag === 'w') options = { ...options, flag: 'a' };
    return ops.writeFile(path, data, options);
  },
};

module.exports = { ops, kVoid };
