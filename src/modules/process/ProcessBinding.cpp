// Native half of `process`: identity, environment, clocks, exit, and synchronous
// writes to stdout/stderr (Node writes to files, pipes and TTYs synchronously on Linux).
#include <sys/resource.h>
#include <unistd.h>
#include <poll.h>
#include <brotli/encode.h>
#include <openssl/crypto.h>
#include <zlib.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "modules/buffer/BufferBinding.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

extern char** environ;

namespace protojs {

namespace {

JSValue stringArray(JSContext* ctx, const std::vector<std::string>& items) {
  JSValue arr = JS_NewArray(ctx);
  for (uint32_t i = 0; i < items.size(); i++) JS_SetPropertyUint32(ctx, arr, i, newString(ctx, items[i]));
  return arr;
}

JSValue jsCwd(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  char buf[PATH_MAX];
  size_t len = sizeof(buf);
  int err = uv_cwd(buf, &len);
  if (err) return JS_NewInt32(ctx, err);
  return JS_NewStringLen(ctx, buf, len);
}

JSValue jsChdir(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string dir;
  if (!toStdString(ctx, argv[0], dir)) return JS_EXCEPTION;
  return JS_NewInt32(ctx, uv_chdir(dir.c_str()));
}

JSValue jsHrtimeNs(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  return JS_NewBigUint64(ctx, uv_hrtime());
}

JSValue jsHrtimeMs(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  return JS_NewFloat64(ctx, double(uv_hrtime()) / 1e6);
}

JSValue jsUptime(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  static const uint64_t start = uv_hrtime();
  return JS_NewFloat64(ctx, double(uv_hrtime() - start) / 1e9);
}

JSValue jsMemoryUsage(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  JSMemoryUsage mu;
  JS_ComputeMemoryUsage(JS_GetRuntime(ctx), &mu);
  JSValue o = JS_NewObject(ctx);
  setProp(ctx, o, "rss", JS_NewFloat64(ctx, double(rss)));
  setProp(ctx, o, "heapTotal", JS_NewFloat64(ctx, double(mu.malloc_size)));
  setProp(ctx, o, "heapUsed", JS_NewFloat64(ctx, double(mu.memory_used_size)));
  setProp(ctx, o, "external", JS_NewFloat64(ctx, double(mu.binary_object_size)));
  setProp(ctx, o, "arrayBuffers", JS_NewFloat64(ctx, double(mu.binary_object_size)));
  return o;
}

// gc(): what --expose-gc puts on the global object. QuickJS frees most objects by
// reference count at once; this collects the cycles.
JSValue jsGc(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  JS_RunGC(JS_GetRuntime(ctx));
  return JS_UNDEFINED;
}

JSValue jsRss(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  return JS_NewFloat64(ctx, double(rss));
}

JSValue jsReallyExit(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t code = 0;
  JS_ToInt32(ctx, &code, argv[0]);
  Runtime::from(ctx)->exit(code);
}

// Writes all of `data` to `fd`, waiting when the fd is non-blocking and full.
int writeAll(int fd, const char* data, size_t len) {
  while (len > 0) {
    ssize_t n = ::write(fd, data, len);
    if (n >= 0) {
      data += n;
      len -= size_t(n);
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      pollfd p{fd, POLLOUT, 0};
      ::poll(&p, 1, -1);
      continue;
    }
    return -errno;
  }
  return 0;
}

// writeString(fd, string) / writeBuffer(fd, view): synchronous, returns 0 or -errno.
JSValue jsWriteString(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t fd = 1;
  JS_ToInt32(ctx, &fd, argv[0]);
  size_t len = 0;
  const char* s = JS_ToCStringLen(ctx, &len, argv[1]);
  if (!s) return JS_EXCEPTION;
  int r = writeAll(fd, s, len);
  JS_FreeCString(ctx, s);
  return JS_NewInt32(ctx, r);
}

JSValue jsWriteBuffer(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t fd = 1;
  JS_ToInt32(ctx, &fd, argv[0]);
  uint8_t* data;
  size_t len;
  if (!getBytes(ctx, argv[1], data, len)) return JS_EXCEPTION;
  return JS_NewInt32(ctx, writeAll(fd, reinterpret_cast<const char*>(data), len));
}

JSValue jsIsatty(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t fd = 0;
  JS_ToInt32(ctx, &fd, argv[0]);
  return JS_NewBool(ctx, isatty(fd));
}

JSValue jsGuessHandleType(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t fd = 0;
  JS_ToInt32(ctx, &fd, argv[0]);
  switch (uv_guess_handle(fd)) {
    case UV_TTY: return JS_NewString(ctx, "TTY");
    case UV_NAMED_PIPE: return JS_NewString(ctx, "PIPE");
    case UV_TCP: return JS_NewString(ctx, "TCP");
    case UV_FILE: return JS_NewString(ctx, "FILE");
    case UV_UDP: return JS_NewString(ctx, "UDP");
    default: return JS_NewString(ctx, "UNKNOWN");
  }
}

// Reads all of standard input (for a script piped to protojs).
JSValue jsReadStdin(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  std::string out;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(0, buf, sizeof(buf));
    if (n > 0) out.append(buf, size_t(n));
    else if (n < 0 && errno == EINTR) continue;
    else if (n < 0 && errno == EAGAIN) {
      pollfd p{0, POLLIN, 0};
      ::poll(&p, 1, -1);
    } else break;
  }
  return newString(ctx, out);
}

// readChunk(fd, size): one blocking read for process.stdin. Returns an ArrayBuffer
// with the bytes read, null at end of file, or a negative errno.
JSValue jsReadChunk(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t fd = 0, size = 65536;
  JS_ToInt32(ctx, &fd, argv[0]);
  JS_ToInt32(ctx, &size, argv[1]);
  if (size <= 0) size = 65536;
  std::vector<uint8_t> buf(static_cast<size_t>(size));
  for (;;) {
    ssize_t n = ::read(fd, buf.data(), buf.size());
    if (n > 0) return buffer::newArrayBufferCopy(ctx, buf.data(), size_t(n));
    if (n == 0) return JS_NULL;
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      pollfd p{fd, POLLIN, 0};
      ::poll(&p, 1, -1);
      continue;
    }
    return JS_NewInt32(ctx, -errno);
  }
}

JSValue jsKill(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t pid = 0, sig = 0;
  JS_ToInt32(ctx, &pid, argv[0]);
  JS_ToInt32(ctx, &sig, argv[1]);
  return JS_NewInt32(ctx, uv_kill(pid, sig));
}

JSValue jsUmask(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  if (argc == 0 || JS_IsUndefined(argv[0])) {
    mode_t old = ::umask(0);
    ::umask(old);
    return JS_NewInt32(ctx, int(old));
  }
  int32_t m = 0;
  JS_ToInt32(ctx, &m, argv[0]);
  return JS_NewInt32(ctx, int(::umask(mode_t(m))));
}

JSValue jsResourceUsage(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  uv_rusage_t ru;
  if (uv_getrusage(&ru) != 0) return JS_UNDEFINED;
  JSValue o = JS_NewObject(ctx);
  setProp(ctx, o, "userCPUTime", JS_NewFloat64(ctx, double(ru.ru_utime.tv_sec) * 1e6 + double(ru.ru_utime.tv_usec)));
  setProp(ctx, o, "systemCPUTime", JS_NewFloat64(ctx, double(ru.ru_stime.tv_sec) * 1e6 + double(ru.ru_stime.tv_usec)));
  setProp(ctx, o, "maxRSS", JS_NewFloat64(ctx, double(ru.ru_maxrss)));
  return o;
}

void initProcess(Runtime& rt, JSContext* ctx, JSValueConst exports) {
  const Options& o = rt.options();
  setProp(ctx, exports, "argv", stringArray(ctx, o.argv));
  setProp(ctx, exports, "execArgv", stringArray(ctx, o.execArgv));
  setProp(ctx, exports, "execPath", newString(ctx, o.execPath));
  setProp(ctx, exports, "hasEval", JS_NewBool(ctx, o.hasEval));
  setProp(ctx, exports, "printEval", JS_NewBool(ctx, o.printEval));
  setProp(ctx, exports, "evalSource", newString(ctx, o.evalSource));
  setProp(ctx, exports, "forceStdin", JS_NewBool(ctx, o.forceStdin));
  setProp(ctx, exports, "pid", JS_NewInt32(ctx, int32_t(getpid())));
  setProp(ctx, exports, "ppid", JS_NewInt32(ctx, int32_t(getppid())));
  setProp(ctx, exports, "version", JS_NewString(ctx, PROTOJS_NODE_VERSION));
  setProp(ctx, exports, "protojsVersion", JS_NewString(ctx, PROTOJS_VERSION));
  setProp(ctx, exports, "uvVersion", JS_NewString(ctx, uv_version_string()));
  // The libraries behind node:zlib and node:crypto (the system's, not Node's copies).
  uint32_t brotli = BrotliEncoderVersion();  // 0xMMMmmmppp
  std::string brotliVersion = std::to_string(brotli >> 24) + "." + std::to_string((brotli >> 12) & 0xfff) +
                              "." + std::to_string(brotli & 0xfff);
  setProp(ctx, exports, "brotliVersion", newString(ctx, brotliVersion));
  setProp(ctx, exports, "opensslVersion", JS_NewString(ctx, OpenSSL_version(OPENSSL_VERSION_STRING)));
  setProp(ctx, exports, "zlibVersion", JS_NewString(ctx, zlibVersion()));
  JSValue env = JS_NewObject(ctx);
  for (char** e = environ; e && *e; e++) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    std::string key(*e, size_t(eq - *e));
    JS_SetPropertyStr(ctx, env, key.c_str(), JS_NewString(ctx, eq + 1));
  }
  setProp(ctx, exports, "env", env);
  setFunction(ctx, exports, "cwd", jsCwd, 0);
  setFunction(ctx, exports, "chdir", jsChdir, 1);
  setFunction(ctx, exports, "hrtimeNs", jsHrtimeNs, 0);
  setFunction(ctx, exports, "hrtimeMs", jsHrtimeMs, 0);
  setFunction(ctx, exports, "uptime", jsUptime, 0);
  setFunction(ctx, exports, "memoryUsage", jsMemoryUsage, 0);
  setFunction(ctx, exports, "rss", jsRss, 0);
  if (o.exposeGc) setFunction(ctx, exports, "gc", jsGc, 0);
  setFunction(ctx, exports, "reallyExit", jsReallyExit, 1);
  setFunction(ctx, exports, "writeString", jsWriteString, 2);
  setFunction(ctx, exports, "writeBuffer", jsWriteBuffer, 2);
  setFunction(ctx, exports, "isatty", jsIsatty, 1);
  setFunction(ctx, exports, "guessHandleType", jsGuessHandleType, 1);
  setFunction(ctx, exports, "readStdin", jsReadStdin, 0);
  setFunction(ctx, exports, "readChunk", jsReadChunk, 2);
  setFunction(ctx, exports, "kill", jsKill, 2);
  setFunction(ctx, exports, "umask", jsUmask, 1);
  setFunction(ctx, exports, "resourceUsage", jsResourceUsage, 0);
  // [uid, euid, gid, egid] of this process (they never change under protojs: no setuid).
  JSValue ids = JS_NewArray(ctx);
  const double idv[] = {double(getuid()), double(geteuid()), double(getgid()), double(getegid())};
  for (uint32_t i = 0; i < 4; i++) JS_SetPropertyUint32(ctx, ids, i, JS_NewFloat64(ctx, idv[i]));
  setProp(ctx, exports, "ids", ids);
  jsUptime(ctx, JS_UNDEFINED, 0, nullptr);  // starts the uptime clock
}

}  // namespace

PROTOJS_BINDING(process, initProcess);

}  // namespace protojs
