// The fs binding: every call works synchronously (the *Sync API and the module
// loader) or, given a request object as its last argument, on the IOThreadPool
// (see FsDispatch.h). Each returns its result, or a negative libuv error code for
// JS to turn into an error (native returns the code; JS builds the error).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <string>

#include "modules/fs/FsDispatch.h"
#include "modules/fs/FsOps.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

using Kind = FsResult::Kind;

// One synchronous uv_fs request, cleaned up on scope exit.
struct SyncReq {
  uv_fs_t req{};
  ~SyncReq() { uv_fs_req_cleanup(&req); }
};

bool argPath(JSContext* ctx, JSValueConst v, std::string& out) { return toStdString(ctx, v, out); }
int32_t argInt(JSContext* ctx, JSValueConst v, int32_t fallback) {
  int32_t out = fallback;
  if (!JS_IsUndefined(v)) JS_ToInt32(ctx, &out, v);
  return out;
}
JSValueConst argReq(int argc, JSValueConst* argv, int index) {
  return index < argc ? argv[index] : JS_UNDEFINED;
}

// 0 = file, 1 = directory, negative = error (Node's internalModuleStat).
JSValue jsInternalModuleStat(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return JS_NewInt32(ctx, -errno);
  return JS_NewInt32(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
}

// readFileUtf8(path, flags?, req?) / readFileBytes(path, flags?, req?)
JSValue jsReadFile(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv, int asBytes) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  int flags = argInt(ctx, argc > 1 ? argv[1] : JS_UNDEFINED, O_RDONLY);
  return fsDispatch(ctx, argReq(argc, argv, 2), [path, flags, asBytes](FsResult& r) {
    r.kind = asBytes ? Kind::Bytes : Kind::String;
    r.value = fsops::readFile(path, flags, r.str);
  });
}

// readFd(fd, asBytes, req?): the rest of an open file.
JSValue jsReadFd(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  int fd = argInt(ctx, argv[0], -1);
  bool asBytes = JS_ToBool(ctx, argv[1]);
  return fsDispatch(ctx, argReq(argc, argv, 2), [fd, asBytes](FsResult& r) {
    r.kind = asBytes ? Kind::Bytes : Kind::String;
    r.value = fsops::readAll(fd, r.str);
  });
}

// writeFile(path, string|view, flags, mode, req?)
JSValue jsWriteFile(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  int flags = argInt(ctx, argv[2], O_WRONLY | O_CREAT | O_TRUNC);
  int mode = argInt(ctx, argv[3], 0666);
  auto text = std::make_shared<std::string>();
  const char* data = nullptr;
  size_t len = 0;
  if (JS_IsString(argv[1])) {
    if (!toStdString(ctx, argv[1], *text)) return JS_EXCEPTION;
  } else {
    uint8_t* bytes;
    if (!getBytes(ctx, argv[1], bytes, len)) return JS_EXCEPTION;
    data = reinterpret_cast<const char*>(bytes);
  }
  return fsDispatch(ctx, argReq(argc, argv, 4), [=](FsResult& r) {
    const char* d = data ? data : text->data();
    size_t n = data ? len : text->size();
    r.value = fsops::writeFile(path, d, n, flags, mode);
  }, {argv[1]});
}

JSValue jsOpen(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  int flags = argInt(ctx, argv[1], O_RDONLY);
  int mode = argInt(ctx, argv[2], 0666);
  return fsDispatch(ctx, argReq(argc, argv, 3), [=](FsResult& r) {
    SyncReq q;
    r.value = uv_fs_open(nullptr, &q.req, path.c_str(), flags, mode, nullptr);
  });
}

// Calls on a file descriptor: close(fd), fsync(fd), fstat(fd), ftruncate(fd, len).
JSValue jsFdOp(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv, int magic) {
  int fd = argInt(ctx, argv[0], -1);
  int64_t len = argc > 1 ? toInt64(ctx, argv[1], 0) : 0;
  int reqIndex = magic == 3 ? 2 : 1;
  return fsDispatch(ctx, argReq(argc, argv, reqIndex), [=](FsResult& r) {
    SyncReq q;
    switch (magic) {
      case 0: r.value = uv_fs_close(nullptr, &q.req, fd, nullptr); break;
      case 1: r.value = uv_fs_fsync(nullptr, &q.req, fd, nullptr); break;
      case 2:
        r.kind = Kind::Stat;
        r.value = uv_fs_fstat(nullptr, &q.req, fd, nullptr);
        if (r.value == 0) r.st = q.req.statbuf;
        break;
      case 3: r.value = uv_fs_ftruncate(nullptr, &q.req, fd, len, nullptr); break;
    }
  });
}

// read(fd, view, offset, length, position, req?) -> bytesRead
// writeBuffer(fd, view, offset, length, position, req?) -> bytesWritten
JSValue jsReadWrite(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv, int isWrite) {
  int fd = argInt(ctx, argv[0], -1);
  uint8_t* bytes;
  size_t total;
  if (!getBytes(ctx, argv[1], bytes, total)) return JS_EXCEPTION;
  int64_t offset = toInt64(ctx, argv[2], 0);
  int64_t length = toInt64(ctx, argv[3], int64_t(total));
  int64_t position = JS_IsNumber(argv[4]) || JS_IsBigInt(ctx, argv[4]) ? toInt64(ctx, argv[4], -1) : -1;
  if (offset < 0 || length < 0 || size_t(offset + length) > total) return JS_NewInt32(ctx, UV_EINVAL);
  char* base = reinterpret_cast<char*>(bytes) + offset;
  return fsDispatch(ctx, argReq(argc, argv, 5), [=](FsResult& r) {
    SyncReq q;
    uv_buf_t buf = uv_buf_init(base, unsigned(length));
    r.value = isWrite ? uv_fs_write(nullptr, &q.req, fd, &buf, 1, position, nullptr)
                      : uv_fs_read(nullptr, &q.req, fd, &buf, 1, position, nullptr);
  }, {argv[1]});
}

// writeString(fd, string, position, req?) -> bytesWritten (all of it)
JSValue jsWriteString(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  int fd = argInt(ctx, argv[0], -1);
  auto text = std::make_shared<std::string>();
  if (!toStdString(ctx, argv[1], *text)) return JS_EXCEPTION;
  int64_t position = JS_IsNumber(argv[2]) ? toInt64(ctx, argv[2], -1) : -1;
  return fsDispatch(ctx, argReq(argc, argv, 3), [=](FsResult& r) {
    r.value = fsops::writeAll(fd, text->data(), text->size(), position);
  });
}

// Calls on one path: unlink, rmdir, mkdir(mode), access(mode), chmod(mode),
// realpath, readlink, stat, lstat, mkdtemp, rmrf, mkdirp(mode).
enum PathOp { kUnlink, kRmdir, kMkdir, kAccess, kChmod, kRealpath, kReadlink, kStat, kLstat,
               kMkdtemp, kRmrf, kMkdirp };

void runPathOp(int op, const std::string& path, int mode, FsResult& r) {
  SyncReq q;
  switch (op) {
    case kUnlink: r.value = uv_fs_unlink(nullptr, &q.req, path.c_str(), nullptr); break;
    case kRmdir: r.value = uv_fs_rmdir(nullptr, &q.req, path.c_str(), nullptr); break;
    case kMkdir: r.value = uv_fs_mkdir(nullptr, &q.req, path.c_str(), mode, nullptr); break;
    case kAccess: r.value = uv_fs_access(nullptr, &q.req, path.c_str(), mode, nullptr); break;
    case kChmod: r.value = uv_fs_chmod(nullptr, &q.req, path.c_str(), mode, nullptr); break;
    case kRealpath:
    case kReadlink:
      r.kind = Kind::String;
      r.value = op == kRealpath ? uv_fs_realpath(nullptr, &q.req, path.c_str(), nullptr)
                                : uv_fs_readlink(nullptr, &q.req, path.c_str(), nullptr);
      if (r.value >= 0) {
        r.str = static_cast<const char*>(q.req.ptr);
        r.value = 0;
      }
      break;
    case kStat:
    case kLstat: r.kind = Kind::Stat; r.value = fsops::statPath(path, op == kStat, r.st); break;
    case kMkdtemp:
      r.kind = Kind::String;
      r.value = uv_fs_mkdtemp(nullptr, &q.req, (path + "XXXXXX").c_str(), nullptr);
      if (r.value >= 0) r.str = q.req.path;
      break;
    case kRmrf: r.value = fsops::removeTree(path); break;
    case kMkdirp:
      r.value = fsops::mkdirp(path, mode, r.str);
      r.kind = r.str.empty() ? Kind::Undefined : Kind::String;
      break;
  }
}

JSValue jsPathOp(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv, int op) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  bool takesMode = op == kMkdir || op == kAccess || op == kChmod || op == kMkdirp;
  int mode = takesMode ? argInt(ctx, argc > 1 ? argv[1] : JS_UNDEFINED, op == kAccess ? F_OK : 0777) : 0;
  return fsDispatch(ctx, argReq(argc, argv, takesMode ? 2 : 1),
                    [op, path, mode](FsResult& r) { runPathOp(op, path, mode, r); });
}

// readdir(path, withTypes, req?) -> names | [names, types]
JSValue jsReaddir(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  bool withTypes = argc > 1 && JS_ToBool(ctx, argv[1]);
  return fsDispatch(ctx, argReq(argc, argv, 2), [path, withTypes](FsResult& r) {
    r.kind = Kind::Names;
    r.withTypes = withTypes;
    r.value = fsops::scandir(path, withTypes, r.names, r.types);
  });
}

// Calls on two paths: rename(from, to), copyFile(from, to, flags), link(from, to),
// symlink(target, path, flags).
JSValue jsTwoPathOp(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv, int op) {
  std::string from, to;
  if (!argPath(ctx, argv[0], from) || !argPath(ctx, argv[1], to)) return JS_EXCEPTION;
  bool takesFlags = op == 1 || op == 3;
  int flags = takesFlags ? argInt(ctx, argc > 2 ? argv[2] : JS_UNDEFINED, 0) : 0;
  return fsDispatch(ctx, argReq(argc, argv, takesFlags ? 3 : 2), [=](FsResult& r) {
    SyncReq q;
    switch (op) {
      case 0: r.value = uv_fs_rename(nullptr, &q.req, from.c_str(), to.c_str(), nullptr); break;
      case 1: r.value = uv_fs_copyfile(nullptr, &q.req, from.c_str(), to.c_str(), flags, nullptr); break;
      case 2: r.value = uv_fs_link(nullptr, &q.req, from.c_str(), to.c_str(), nullptr); break;
      case 3: r.value = uv_fs_symlink(nullptr, &q.req, from.c_str(), to.c_str(), flags, nullptr); break;
    }
  });
}

// utimes(path, atimeSec, mtimeSec, req?)
JSValue jsUtimes(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  double atime = 0, mtime = 0;
  JS_ToFloat64(ctx, &atime, argv[1]);
  JS_ToFloat64(ctx, &mtime, argv[2]);
  return fsDispatch(ctx, argReq(argc, argv, 3), [=](FsResult& r) {
    SyncReq q;
    r.value = uv_fs_utime(nullptr, &q.req, path.c_str(), atime, mtime, nullptr);
  });
}

// Ownership and times: chown(path, uid, gid), lchown(path, uid, gid), fchown(fd, uid,
// gid), fchmod(fd, mode), futimes(fd, atime, mtime), lutimes(path, atime, mtime),
// fdatasync(fd); each with an optional req last.
enum OwnerOp { kChown, kLchown, kFchown, kFchmod, kFutimes, kLutimes, kFdatasync };

JSValue jsOwnerOp(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv, int op) {
  bool byFd = op == kFchown || op == kFchmod || op == kFutimes || op == kFdatasync;
  std::string path;
  int fd = -1;
  if (byFd) fd = argInt(ctx, argv[0], -1);
  else if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  int nargs = op == kFdatasync ? 1 : op == kFchmod ? 2 : 3;
  double a = 0, b = 0;
  if (nargs > 1) JS_ToFloat64(ctx, &a, argv[1]);
  if (nargs > 2) JS_ToFloat64(ctx, &b, argv[2]);
  return fsDispatch(ctx, argReq(argc, argv, nargs), [=](FsResult& r) {
    SyncReq q;
    const char* p = path.c_str();
    switch (op) {
      case kChown: r.value = uv_fs_chown(nullptr, &q.req, p, uv_uid_t(a), uv_gid_t(b), nullptr); break;
      case kLchown: r.value = uv_fs_lchown(nullptr, &q.req, p, uv_uid_t(a), uv_gid_t(b), nullptr); break;
      case kFchown: r.value = uv_fs_fchown(nullptr, &q.req, fd, uv_uid_t(a), uv_gid_t(b), nullptr); break;
      case kFchmod: r.value = uv_fs_fchmod(nullptr, &q.req, fd, int(a), nullptr); break;
      case kFutimes: r.value = uv_fs_futime(nullptr, &q.req, fd, a, b, nullptr); break;
      case kLutimes: r.value = uv_fs_lutime(nullptr, &q.req, p, a, b, nullptr); break;
      case kFdatasync: r.value = uv_fs_fdatasync(nullptr, &q.req, fd, nullptr); break;
    }
  });
}

const JSCFunctionListEntry kFuncs[] = {
    PJS_CFUNC_DEF("internalModuleStat", 1, jsInternalModuleStat),
    PJS_CFUNC_MAGIC_DEF("readFileUtf8", 3, jsReadFile, 0),
    PJS_CFUNC_MAGIC_DEF("readFileBytes", 3, jsReadFile, 1),
    PJS_CFUNC_DEF("readFd", 3, jsReadFd),
    PJS_CFUNC_DEF("writeFile", 5, jsWriteFile),
    PJS_CFUNC_DEF("open", 4, jsOpen),
    PJS_CFUNC_MAGIC_DEF("close", 2, jsFdOp, 0),
    PJS_CFUNC_MAGIC_DEF("fsync", 2, jsFdOp, 1),
    PJS_CFUNC_MAGIC_DEF("fstat", 2, jsFdOp, 2),
    PJS_CFUNC_MAGIC_DEF("ftruncate", 3, jsFdOp, 3),
    PJS_CFUNC_MAGIC_DEF("read", 6, jsReadWrite, 0),
    PJS_CFUNC_MAGIC_DEF("writeBuffer", 6, jsReadWrite, 1),
    PJS_CFUNC_DEF("writeString", 4, jsWriteString),
    PJS_CFUNC_MAGIC_DEF("unlink", 2, jsPathOp, kUnlink),
    PJS_CFUNC_MAGIC_DEF("rmdir", 2, jsPathOp, kRmdir),
    PJS_CFUNC_MAGIC_DEF("mkdir", 3, jsPathOp, kMkdir),
    PJS_CFUNC_MAGIC_DEF("mkdirp", 3, jsPathOp, kMkdirp),
    PJS_CFUNC_MAGIC_DEF("access", 3, jsPathOp, kAccess),
    PJS_CFUNC_MAGIC_DEF("chmod", 3, jsPathOp, kChmod),
    PJS_CFUNC_MAGIC_DEF("realpath", 2, jsPathOp, kRealpath),
    PJS_CFUNC_MAGIC_DEF("readlink", 2, jsPathOp, kReadlink),
    PJS_CFUNC_MAGIC_DEF("stat", 2, jsPathOp, kStat),
    PJS_CFUNC_MAGIC_DEF("lstat", 2, jsPathOp, kLstat),
    PJS_CFUNC_MAGIC_DEF("mkdtemp", 2, jsPathOp, kMkdtemp),
    PJS_CFUNC_MAGIC_DEF("rmrf", 2, jsPathOp, kRmrf),
    PJS_CFUNC_DEF("readdir", 3, jsReaddir),
    PJS_CFUNC_MAGIC_DEF("rename", 3, jsTwoPathOp, 0),
    PJS_CFUNC_MAGIC_DEF("copyFile", 4, jsTwoPathOp, 1),
    PJS_CFUNC_MAGIC_DEF("link", 3, jsTwoPathOp, 2),
    PJS_CFUNC_MAGIC_DEF("symlink", 4, jsTwoPathOp, 3),
    PJS_CFUNC_DEF("utimes", 4, jsUtimes),
    PJS_CFUNC_MAGIC_DEF("chown", 4, jsOwnerOp, kChown),
    PJS_CFUNC_MAGIC_DEF("lchown", 4, jsOwnerOp, kLchown),
    PJS_CFUNC_MAGIC_DEF("fchown", 4, jsOwnerOp, kFchown),
    PJS_CFUNC_MAGIC_DEF("fchmod", 3, jsOwnerOp, kFchmod),
    PJS_CFUNC_MAGIC_DEF("futimes", 4, jsOwnerOp, kFutimes),
    PJS_CFUNC_MAGIC_DEF("lutimes", 4, jsOwnerOp, kLutimes),
    PJS_CFUNC_MAGIC_DEF("fdatasync", 2, jsOwnerOp, kFdatasync),
};

// Constants Node exposes as fs.constants (the platform's values).
void setConstants(JSContext* ctx, JSValueConst exports) {
  JSValue c = JS_NewObject(ctx);
  const struct { const char* name; int value; } kConsts[] = {
      {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR}, {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
      {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN}, {"UV_DIRENT_FILE", UV_DIRENT_FILE},
      {"UV_DIRENT_DIR", UV_DIRENT_DIR}, {"UV_DIRENT_LINK", UV_DIRENT_LINK},
      {"UV_DIRENT_FIFO", UV_DIRENT_FIFO}, {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
      {"UV_DIRENT_CHAR", UV_DIRENT_CHAR}, {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
      {"S_IFMT", S_IFMT}, {"S_IFREG", S_IFREG}, {"S_IFDIR", S_IFDIR}, {"S_IFCHR", S_IFCHR},
      {"S_IFBLK", S_IFBLK}, {"S_IFIFO", S_IFIFO}, {"S_IFLNK", S_IFLNK}, {"S_IFSOCK", S_IFSOCK},
      {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL}, {"UV_FS_O_FILEMAP", UV_FS_O_FILEMAP},
      {"O_NOCTTY", O_NOCTTY}, {"O_TRUNC", O_TRUNC}, {"O_APPEND", O_APPEND},
      {"O_DIRECTORY", O_DIRECTORY}, {"O_NOATIME", O_NOATIME}, {"O_NOFOLLOW", O_NOFOLLOW},
      {"O_SYNC", O_SYNC}, {"O_DSYNC", O_DSYNC}, {"O_DIRECT", O_DIRECT}, {"O_NONBLOCK", O_NONBLOCK},
      {"S_IRWXU", S_IRWXU}, {"S_IRUSR", S_IRUSR}, {"S_IWUSR", S_IWUSR}, {"S_IXUSR", S_IXUSR},
      {"S_IRWXG", S_IRWXG}, {"S_IRGRP", S_IRGRP}, {"S_IWGRP", S_IWGRP}, {"S_IXGRP", S_IXGRP},
      {"S_IRWXO", S_IRWXO}, {"S_IROTH", S_IROTH}, {"S_IWOTH", S_IWOTH}, {"S_IXOTH", S_IXOTH},
      {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
      {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL}, {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
      {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE}, {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
      {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
      {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
  };
  for (const auto& k : kConsts) JS_SetPropertyStr(ctx, c, k.name, JS_NewInt32(ctx, k.value));
  JS_SetPropertyStr(ctx, exports, "constants", c);
}

void initFs(Runtime&, JSContext* ctx, JSValueConst exports) {
  JS_SetPropertyFunctionList(ctx, exports, kFuncs, sizeof(kFuncs) / sizeof(kFuncs[0]));
  setConstants(ctx, exports);
}

}  // namespace

PROTOJS_BINDING(fs, initFs);

}  // namespace protojs
