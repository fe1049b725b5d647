// Synchronous file system calls for the module loader and fs's *Sync functions.
// Each returns its result, or a negative libuv error code for JS to turn into an
// error (native returns the code; JS builds the error).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <string>

#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

bool argPath(JSContext* ctx, JSValueConst v, std::string& out) { return toStdString(ctx, v, out); }

// 0 = file, 1 = directory, negative = error (Node's internalModuleStat).
JSValue jsInternalModuleStat(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return JS_NewInt32(ctx, -errno);
  return JS_NewInt32(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
}

int readAll(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -errno;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof(buf));
    if (n > 0) out.append(buf, size_t(n));
    else if (n < 0 && errno == EINTR) continue;
    else if (n < 0) {
      int e = -errno;
      ::close(fd);
      return e;
    } else break;
  }
  ::close(fd);
  return 0;
}

JSValue jsReadFileUtf8(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string path, data;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  int err = readAll(path, data);
  if (err) return JS_NewInt32(ctx, err);
  return newString(ctx, data);
}

JSValue jsReadFileBytes(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string path, data;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  int err = readAll(path, data);
  if (err) return JS_NewInt32(ctx, err);
  return JS_NewArrayBufferCopy(ctx, reinterpret_cast<const uint8_t*>(data.data()), data.size());
}

// writeFile(path, string|view, flags, mode) -> 0 | -errno
JSValue jsWriteFile(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string path, text;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  const char* data;
  size_t len;
  uint8_t* bytes;
  if (JS_IsString(argv[1])) {
    if (!toStdString(ctx, argv[1], text)) return JS_EXCEPTION;
    data = text.data();
    len = text.size();
  } else {
    if (!getBytes(ctx, argv[1], bytes, len)) return JS_EXCEPTION;
    data = reinterpret_cast<const char*>(bytes);
  }
  int32_t append = 0, mode = 0666;
  JS_ToInt32(ctx, &append, argv[2]);
  JS_ToInt32(ctx, &mode, argv[3]);
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), mode);
  if (fd < 0) return JS_NewInt32(ctx, -errno);
  while (len > 0) {
    ssize_t n = ::write(fd, data, len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = -errno;
      ::close(fd);
      return JS_NewInt32(ctx, e);
    }
    data += n;
    len -= size_t(n);
  }
  ::close(fd);
  return JS_NewInt32(ctx, 0);
}

JSValue jsRealpath(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  char buf[PATH_MAX];
  if (!::realpath(path.c_str(), buf)) return JS_NewInt32(ctx, -errno);
  return JS_NewString(ctx, buf);
}

// stat(path, followLinks) -> [mode, size, mtimeMs, ino, dev, nlink, uid, gid, atimeMs, ctimeMs, birthtimeMs] | -errno
JSValue jsStat(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  struct stat st;
  int r = JS_ToBool(ctx, argv[1]) ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st);
  if (r != 0) return JS_NewInt32(ctx, -errno);
  auto ms = [](const timespec& t) { return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6; };
  double vals[] = {double(st.st_mode), double(st.st_size), ms(st.st_mtim), double(st.st_ino),
                   double(st.st_dev),  double(st.st_nlink), double(st.st_uid), double(st.st_gid),
                   ms(st.st_atim),     ms(st.st_ctim),      ms(st.st_ctim)};
  JSValue arr = JS_NewArray(ctx);
  for (uint32_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
    JS_SetPropertyUint32(ctx, arr, i, JS_NewFloat64(ctx, vals[i]));
  return arr;
}

JSValue jsReaddir(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  uv_fs_t req;
  int n = uv_fs_scandir(nullptr, &req, path.c_str(), 0, nullptr);
  if (n < 0) {
    uv_fs_req_cleanup(&req);
    return JS_NewInt32(ctx, n);
  }
  JSValue arr = JS_NewArray(ctx);
  uv_dirent_t ent;
  uint32_t i = 0;
  while (uv_fs_scandir_next(&req, &ent) != UV_EOF) JS_SetPropertyUint32(ctx, arr, i++, JS_NewString(ctx, ent.name));
  uv_fs_req_cleanup(&req);
  return arr;
}

JSValue jsPathOp(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv, int magic) {
  std::string path;
  if (!argPath(ctx, argv[0], path)) return JS_EXCEPTION;
  int32_t mode = 0777;
  if (argc > 1) JS_ToInt32(ctx, &mode, argv[1]);
  int r = 0;
  switch (magic) {
    case 0: r = ::unlink(path.c_str()); break;
    case 1: r = ::rmdir(path.c_str()); break;
    case 2: r = ::mkdir(path.c_str(), mode_t(mode)); break;
    case 3: r = ::access(path.c_str(), mode); break;
  }
  return JS_NewInt32(ctx, r == 0 ? 0 : -errno);
}

JSValue jsRename(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string from, to;
  if (!argPath(ctx, argv[0], from) || !argPath(ctx, argv[1], to)) return JS_EXCEPTION;
  return JS_NewInt32(ctx, ::rename(from.c_str(), to.c_str()) == 0 ? 0 : -errno);
}

JSValue jsMkdtemp(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string prefix;
  if (!argPath(ctx, argv[0], prefix)) return JS_EXCEPTION;
  std::string tmpl = prefix + "XXXXXX";
  if (!::mkdtemp(tmpl.data())) return JS_NewInt32(ctx, -errno);
  return newString(ctx, tmpl);
}

const JSCFunctionListEntry kFuncs[] = {
    PJS_CFUNC_DEF("internalModuleStat", 1, jsInternalModuleStat),
    PJS_CFUNC_DEF("readFileUtf8", 1, jsReadFileUtf8),
    PJS_CFUNC_DEF("readFileBytes", 1, jsReadFileBytes),
    PJS_CFUNC_DEF("writeFile", 4, jsWriteFile),
    PJS_CFUNC_DEF("realpath", 1, jsRealpath),
    PJS_CFUNC_DEF("stat", 2, jsStat),
    PJS_CFUNC_DEF("readdir", 1, jsReaddir),
    PJS_CFUNC_MAGIC_DEF("unlink", 1, jsPathOp, 0),
    PJS_CFUNC_MAGIC_DEF("rmdir", 1, jsPathOp, 1),
    PJS_CFUNC_MAGIC_DEF("mkdir", 2, jsPathOp, 2),
    PJS_CFUNC_MAGIC_DEF("access", 2, jsPathOp, 3),
    PJS_CFUNC_DEF("rename", 2, jsRename),
    PJS_CFUNC_DEF("mkdtemp", 1, jsMkdtemp),
};

void initFs(Runtime&, JSContext* ctx, JSValueConst exports) {
  JS_SetPropertyFunctionList(ctx, exports, kFuncs, sizeof(kFuncs) / sizeof(kFuncs[0]));
}

}  // namespace

PROTOJS_BINDING(fs, initFs);

}  // namespace protojs
