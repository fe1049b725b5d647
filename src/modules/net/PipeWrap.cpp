// Unix domain socket handles (Node's pipe_wrap binding): `new Pipe(type)` with
// bind(path), listen(backlog), connect(req, path), open(fd), fchmod(mode).
#include <memory>
#include <string>

#include "loop/ReqWrap.h"
#include "modules/net/StreamWrap.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::net {

namespace {

enum PipeType { kSocket = 0, kServer = 1, kIPC = 2 };

JSClassID pipeClassId = 0;

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Runtime& rt, JSValueConst obj, bool ipc)
      : StreamWrap(rt, obj, reinterpret_cast<uv_stream_t*>(&pipe_)), ipc_(ipc) {
    uv_pipe_init(rt.loop().uv(), &pipe_, ipc);
  }
  uv_pipe_t* pipe() { return &pipe_; }

  static PipeWrap* fromThis(JSContext* ctx, JSValueConst self) {
    return static_cast<PipeWrap*>(BaseObject::unwrap(ctx, self, pipeClassId));
  }

 protected:
  JSValue newClient() override {
    JSContext* ctx = context();
    JSValue obj = JS_NewObjectClass(ctx, int(pipeClassId));
    if (JS_IsException(obj)) {
      JS_FreeValue(ctx, JS_GetException(ctx));
      return JS_UNDEFINED;
    }
    new PipeWrap(runtime(), obj, ipc_);  // owned by its handle: freed in the close callback
    return obj;
  }

 private:
  uv_pipe_t pipe_;
  bool ipc_;
};

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int argc, JSValueConst* argv) {
  int32_t type = kSocket;
  if (argc > 0) JS_ToInt32(ctx, &type, argv[0]);
  JSValue obj = newObjectFromTarget(ctx, newTarget, pipeClassId);
  if (JS_IsException(obj)) return obj;
  new PipeWrap(*Runtime::from(ctx), obj, type == kIPC);
  return obj;
}

#define PIPE_THIS                                      \
  PipeWrap* w = PipeWrap::fromThis(ctx, self);         \
  if (!w) return JS_EXCEPTION;                         \
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);

JSValue jsBind(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  PIPE_THIS;
  std::string path;
  if (!toStdString(ctx, argv[0], path)) return JS_EXCEPTION;
  return JS_NewInt32(ctx, uv_pipe_bind(w->pipe(), path.c_str()));
}

JSValue jsListen(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  PIPE_THIS;
  int32_t backlog = 511;
  JS_ToInt32(ctx, &backlog, argv[0]);
  return JS_NewInt32(ctx, uv_listen(w->stream(), backlog, StreamWrap::onConnection));
}

// connect(req, path): the result always arrives through req.oncomplete.
JSValue jsConnect(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  PIPE_THIS;
  std::string path;
  if (!toStdString(ctx, argv[1], path)) return JS_EXCEPTION;
  auto req = std::make_unique<ReqWrap<uv_connect_t>>(w->runtime(), argv[0]);
  uv_pipe_connect(req->req(), w->pipe(), path.c_str(), StreamWrap::afterConnect);
  req.release();  // owned by libuv until afterConnect
  return JS_NewInt32(ctx, 0);
}

JSValue jsOpen(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  PIPE_THIS;
  int32_t fd = -1;
  JS_ToInt32(ctx, &fd, argv[0]);
  return JS_NewInt32(ctx, uv_pipe_open(w->pipe(), fd));
}

// fchmod(mode) with UV_READABLE / UV_WRITABLE bits, for listen({ readableAll, writableAll }).
JSValue jsFchmod(JSContext* ctx, JSValueConst self, int, JSValueConst* argv) {
  PIPE_THIS;
  int32_t mode = 0;
  JS_ToInt32(ctx, &mode, argv[0]);
  return JS_NewInt32(ctx, uv_pipe_chmod(w->pipe(), mode));
}

const JSCFunctionListEntry kPipeMethods[] = {
    PJS_CFUNC_DEF("bind", 1, jsBind),
    PJS_CFUNC_DEF("listen", 1, jsListen),
    PJS_CFUNC_DEF("connect", 2, jsConnect),
    PJS_CFUNC_DEF("open", 1, jsOpen),
    PJS_CFUNC_DEF("fchmod", 1, jsFchmod),
};

void initPipeWrap(Runtime&, JSContext* ctx, JSValueConst exports) {
  JSValue ctor = StreamWrap::defineStreamClass(ctx, pipeClassId, "Pipe", jsNew, 1, kPipeMethods,
                                               sizeof(kPipeMethods) / sizeof(kPipeMethods[0]));
  setProp(ctx, exports, "Pipe", ctor);
  JSValue constants = JS_NewObject(ctx);
  setProp(ctx, constants, "SOCKET", JS_NewInt32(ctx, kSocket));
  setProp(ctx, constants, "SERVER", JS_NewInt32(ctx, kServer));
  setProp(ctx, constants, "IPC", JS_NewInt32(ctx, kIPC));
  setProp(ctx, constants, "UV_READABLE", JS_NewInt32(ctx, UV_READABLE));
  setProp(ctx, constants, "UV_WRITABLE", JS_NewInt32(ctx, UV_WRITABLE));
  setProp(ctx, exports, "constants", constants);
}

}  // namespace

PROTOJS_BINDING(pipe_wrap, initPipeWrap);

}  // namespace protojs::net
