// Terminal handles (Node's tty_wrap binding): `new TTY(fd, ctx)` over a uv_tty_t,
// a stream like Pipe and TCP (so net.Socket drives it) plus getWindowSize(arr),
// setRawMode(flag) and setBlocking(flag); `isTTY(fd)` for tty.isatty().
// A failed uv_tty_init fills ctx (errno, code, message, syscall) as Node does and
// leaves the object without a handle; lib/tty.js then throws ERR_TTY_INIT_FAILED.
#include <cstdlib>

#include "modules/net/StreamWrap.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::net {

namespace {

JSClassID ttyClassId = 0;

class TTYWrap : public StreamWrap {
 public:
  TTYWrap(Runtime& rt, JSValueConst obj, int fd, int* err)
      : StreamWrap(rt, obj, reinterpret_cast<uv_stream_t*>(&tty_)) {
    *err = uv_tty_init(rt.loop().uv(), &tty_, fd, 0);
  }
  uv_tty_t* tty() { return &tty_; }

  static TTYWrap* fromThis(JSContext* ctx, JSValueConst self) {
    return static_cast<TTYWrap*>(BaseObject::unwrap(ctx, self, ttyClassId));
  }

 protected:
  JSValue newClient() override { return JS_UNDEFINED; }  // a terminal never accepts

 private:
  uv_tty_t tty_;
};

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int argc, JSValueConst* argv) {
  int32_t fd = -1;
  if (argc > 0) JS_ToInt32(ctx, &fd, argv[0]);
  JSValue obj = newObjectFromTarget(ctx, newTarget, ttyClassId);
  if (JS_IsException(obj)) return obj;
  int err = 0;
  auto* w = new TTYWrap(*Runtime::from(ctx), obj, fd, &err);  // owned by its handle
  if (err != 0) {
    // uv_tty_init fails before the handle joins the loop: nothing to uv_close.
    delete w;
    if (argc > 1 && JS_IsObject(argv[1])) {
      setProp(ctx, argv[1], "errno", JS_NewInt32(ctx, err));
      setProp(ctx, argv[1], "code", JS_NewString(ctx, uv_err_name(err)));
      setProp(ctx, argv[1], "message", JS_NewString(ctx, uv_strerror(err)));
      setProp(ctx, argv[1], "syscall", JS_NewString(ctx, "uv_tty_init"));
    }
  }
  return obj;
}

#define TTY_THIS                               \
  TTYWrap* w = TTYWrap::fromThis(ctx, self);   \
  if (!w) return JS_EXCEPTION;                 \
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);

// getWindowSize(arr): fills arr with [columns, rows]; returns 0 or a libuv error.
JSValue jsGetWindowSize(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  TTY_THIS;
  int cols = 0, rows = 0;
  int err = uv_tty_get_winsize(w->tty(), &cols, &rows);
  if (err == 0 && JS_IsObject(argv[0])) {
    JS_SetPropertyUint32(ctx, argv[0], 0, JS_NewInt32(ctx, cols));
    JS_SetPropertyUint32(ctx, argv[0], 1, JS_NewInt32(ctx, rows));
  }
  return JS_NewInt32(ctx, err);
}

// Raw mode changes the terminal itself, so it is undone when the process ends:
// here when main returns (full-teardown builds), in process.reallyExit for
// process.exit(). Exits through Runtime::exit's _exit alone do not reset it yet.
void resetModeAtExit() { uv_tty_reset_mode(); }

JSValue jsSetRawMode(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  TTY_THIS;
  static bool registered = false;
  bool raw = JS_ToBool(ctx, argv[0]);
  if (raw && !registered) registered = std::atexit(resetModeAtExit) == 0;
  return JS_NewInt32(ctx, uv_tty_set_mode(w->tty(), raw ? UV_TTY_MODE_RAW : UV_TTY_MODE_NORMAL));
}

// setBlocking(flag): tty.WriteStream writes synchronously, like Node, so output to a
// terminal is never interleaved or lost at exit.
JSValue jsSetBlocking(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  TTY_THIS;
  return JS_NewInt32(ctx, uv_stream_set_blocking(w->stream(), JS_ToBool(ctx, argv[0])));
}

JSValue jsIsTTY(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t fd = -1;
  JS_ToInt32(ctx, &fd, argv[0]);
  return JS_NewBool(ctx, fd >= 0 && uv_guess_handle(fd) == UV_TTY);
}

const JSCFunctionListEntry kTTYMethods[] = {
    PJS_CFUNC_DEF("getWindowSize", 1, jsGetWindowSize),
    PJS_CFUNC_DEF("setRawMode", 1, jsSetRawMode),
    PJS_CFUNC_DEF("setBlocking", 1, jsSetBlocking),
};

void initTTYWrap(Runtime&, JSContext* ctx, JSValueConst exports) {
  JSValue ctor = StreamWrap::defineStreamClass(ctx, ttyClassId, "TTY", jsNew, 2, kTTYMethods,
                                               sizeof(kTTYMethods) / sizeof(kTTYMethods[0]));
  setProp(ctx, exports, "TTY", ctor);
  setFunction(ctx, exports, "isTTY", jsIsTTY, 1);
}

}  // namespace

PROTOJS_BINDING(tty_wrap, initTTYWrap);

}  // namespace protojs::net
