'use strict';
// fs.promises: the operations of internal/fs/ops as promises, and FileHandle.

const {
  binding, callPromise, getValidatedPath, isError, makeError, fsSystemError, constants,
  lazyBuffer,
} = require('internal/fs/utils');
const { ops, kVoid } = require('internal/fs/ops');

async function run(prepare, args) {
  const p = prepare(...args);
  const r = await callPromise(p.fn, p.args, p.ctx);
  return p.map ? p.map(r) : r;
}

const promises = {};
for (const name of ['access', 'stat', 'lstat', 'unlink', 'rmdir', 'rename', 'link', 'copyFile',
  'symlink', 'readlink', 'chmod', 'utimes', 'lutimes', 'chown', 'lchown', 'mkdir', 'mkdtemp',
  'readdir', 'readFile', 'writeFile', 'appendFile']) {
  const prepare = ops[name];
  promises[name] = { async [name](...args) { return run(prepare, args); } }[name];
}

promises.realpath = async function realpath(path, options) {
  const p = ops.realpath(path, options);
  try {
    return p.map(await callPromise(p.fn, p.args, p.ctx));
  } catch (err) {
    // Match the sync form's error (Node reports the missing component from lstat).
    try { require('fs').realpathSync(p.args[0], options); } catch (e) { throw e; }
    throw err;
  }
};

promises.truncate = async function truncate(path, len = 0) {
  const fh = await promises.open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
};

const readdirFlat = promises.readdir;
promises.readdir = async function readdir(path, options) {
  if (options && typeof options === 'object' && options.recursive) return require('fs').readdir.recursive(path, options);
  return readdirFlat(path, options);
};

promises.rm = function rm(path, options) {
  return new Promise((resolve, reject) => {
    require('fs').rm(path, options ?? {}, (err) => (err ? reject(err) : resolve()));
  });
};

class FileHandle {
  constructor(fd) { this.fd = fd; }
  getAsyncId() { return -1; }
  async stat() { return run(ops.fstat, [this.fd]); }
  async close() {
    if (this.fd === -1) return;
    const fd = this.fd;
    this.fd = -1;
    await run(ops.close, [fd]);
  }
  async readFile(options) { return run(ops.readFile, [this.fd, options]); }
  async writeFile(data, options) { return run(ops.writeFile, [this.fd, data, options]); }
  async appendFile(data, options) { return run(ops.writeFile, [this.fd, data, options]); }
  async truncate(len = 0) { return run(ops.ftruncate, [this.fd, len]); }
  async sync() { return run(ops.fsync, [this.fd]); }
  async datasync() { return run(ops.fdatasync, [this.fd]); }
  async chmod(mode) { return run(ops.fchmod, [this.fd, mode]); }
  async chown(uid, gid) { return run(ops.fchown, [this.fd, uid, gid]); }
  async utimes(atime, mtime) { return run(ops.futimes, [this.fd, atime, mtime]); }
  async read(buffer, offset, length, position) {
    if (buffer === undefined || (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer))) {
      const o = buffer || {};
      buffer = o.buffer ?? lazyBuffer().alloc(16384);
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = o);
    }
    return new Promise((resolve, reject) => {
      require('fs').read(this.fd, buffer, offset, length, position, (err, bytesRead) => (
        err ? reject(err) : resolve({ bytesRead, buffer })));
    });
  }
  async write(data, ...rest) {
    return new Promise((resolve, reject) => {
      require('fs').write(this.fd, data, ...rest, (err, n) => (
        err ? reject(err) : resolve(typeof data === 'string' ? { bytesWritten: n, buffer: data } : { bytesWritten: n, buffer: data })));
    });
  }
  async [Symbol.asyncDispose]() { return this.close(); }
}

promises.open = async function open(path, flags, mode) {
  const fd = await run(ops.open, [path, flags, mode]);
  return new FileHandle(fd);
};

promises.opendir = require('internal/fs/dir').opendirPromise;
promises.cp = function cp(src, dest, options) { return require('internal/fs/cp').cpAsync(src, dest, options); };
promises.constants = require('fs').constants;
promises.FileHandle = FileHandle;

module.exports = promises;
