// Child processes (Node's process_wrap binding): `new Process()`, then
// spawn(options) -> 0 | libuv error code, kill(signal) -> 0 | code, and
// `this.onexit(exitStatus, termSignal)` when the child exits. Stdio pipes are Pipe
// handles (pipe_wrap) that libuv connects to the child, so lib/ wraps them in
// net.Socket exactly like any other pipe.
//
// The JS constructor makes the object only; spawn() binds the native wrap to it and
// calls uv_spawn at once, so the uv_process_t is always initialized when the wrap
// exists (uv_spawn initializes the handle even when it fails, and the wrap is then
// closed by JS like any other). A Process that is never spawned owns nothing.
#include <uv.h>

#include <memory>

#include "loop/HandleWrap.h"
#include "modules/child_process/SpawnOptions.h"
#include "modules/net/StreamWrap.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::child_process {

namespace {

JSClassID processClassId = 0;

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Runtime& rt, JSValueConst obj)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&process_)) {}

  static ProcessWrap* fromThis(JSContext* ctx, JSValueConst self) {
    return static_cast<ProcessWrap*>(BaseObject::unwrap(ctx, self, processClassId));
  }

  int spawn(uv_process_options_t& options) {
    options.exit_cb = onExit;
    return uv_spawn(runtime().loop().uv(), &process_, &options);
  }
  int pid() const { return process_.pid; }
  int kill(int signum) { return uv_process_kill(&process_, signum); }

 private:
  static void onExit(uv_process_t* p, int64_t exitStatus, int termSignal) {
    auto* self = static_cast<ProcessWrap*>(HandleWrap::fromHandle(reinterpret_cast<uv_handle_t*>(p)));
    Runtime& rt = self->runtime();
    if (rt.tearingDown() || !self->isOpen()) return;
    JSContext* ctx = rt.ctx();
    JSValue fn = JS_GetPropertyStr(ctx, self->object(), "onexit");
    if (JS_IsFunction(ctx, fn)) {
      JSValue args[2] = {JS_NewInt64(ctx, exitStatus), JS_NewInt32(ctx, termSignal)};
      JS_FreeValue(ctx, rt.makeCallback(fn, self->object(), 2, args));
    }
    JS_FreeValue(ctx, fn);
  }

  uv_process_t process_;
};

// Fills one uv_stdio_container_t from { type, handle, fd }. False with an exception
// pending on bad input.
bool parseStdio(JSContext* ctx, JSValueConst item, uv_stdio_container_t& out) {
  JSValue type = JS_GetPropertyStr(ctx, item, "type");
  std::string t;
  bool ok = !JS_IsException(type) && toStdString(ctx, type, t);
  JS_FreeValue(ctx, type);
  if (!ok) return false;
  out = uv_stdio_container_t{};
  if (t == "ignore") {
    out.flags = UV_IGNORE;
    return true;
  }
  if (t == "pipe" || t == "wrap") {
    JSValue h = JS_GetPropertyStr(ctx, item, "handle");
    net::StreamWrap* s = net::StreamWrap::fromAnyStream(h);
    JS_FreeValue(ctx, h);
    if (!s || !s->isOpen()) {
      JS_ThrowTypeError(ctx, "stdio handle is not an open stream");
      return false;
    }
    out.flags = t == "pipe"
                    ? uv_stdio_flags(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE)
                    : UV_INHERIT_STREAM;
    out.data.stream = s->stream();
    return true;
  }
  return inheritFd(ctx, item, out);
}

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  return newObjectFromTarget(ctx, newTarget, processClassId);
}

// spawn(options) -> 0 | negative libuv code; sets this.pid on success.
JSValue jsSpawn(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  if (JS_GetClassID(self) != processClassId) return JS_ThrowTypeError(ctx, "Illegal invocation");
  if (JS_GetOpaque(self, processClassId)) return JS_ThrowTypeError(ctx, "Process already spawned");
  if (argc < 1 || !JS_IsObject(argv[0])) return JS_ThrowTypeError(ctx, "options must be an object");
  SpawnOptions opts;
  if (!opts.parse(ctx, argv[0])) return JS_EXCEPTION;
  JSValue stdio = JS_GetPropertyStr(ctx, argv[0], "stdio");
  uint32_t n = 0;
  bool ok = arrayLength(ctx, stdio, n);
  opts.stdio.resize(n);
  for (uint32_t i = 0; ok && i < n; i++) {
    JSValue item = JS_GetPropertyUint32(ctx, stdio, i);
    ok = JS_IsObject(item) && parseStdio(ctx, item, opts.stdio[i]);
    if (!ok && !JS_HasException(ctx)) JS_ThrowTypeError(ctx, "bad stdio option");
    JS_FreeValue(ctx, item);
  }
  JS_FreeValue(ctx, stdio);
  if (!ok) return JS_EXCEPTION;

  auto* w = new ProcessWrap(*Runtime::from(ctx), self);  // owned by its handle
  int err = w->spawn(opts.options());
  if (err == 0) setProp(ctx, self, "pid", JS_NewInt32(ctx, w->pid()));
  return JS_NewInt32(ctx, err);
}

JSValue jsKill(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  ProcessWrap* w = ProcessWrap::fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);
  int32_t signum = 0;
  if (argc < 1 || JS_ToInt32(ctx, &signum, argv[0])) return JS_EXCEPTION;
  return JS_NewInt32(ctx, w->kill(signum));
}

const JSCFunctionListEntry kMethods[] = {
    PROTOJS_HANDLE_METHODS,
    PJS_CFUNC_DEF("spawn", 1, jsSpawn),
    PJS_CFUNC_DEF("kill", 1, jsKill),
};

void initProcessWrap(Runtime&, JSContext* ctx, JSValueConst exports) {
  JSValue ctor = defineClass(ctx, processClassId, "Process", jsNew, 0, kMethods,
                             sizeof(kMethods) / sizeof(kMethods[0]));
  setProp(ctx, exports, "Process", ctor);
}

}  // namespace

PROTOJS_BINDING(process_wrap, initProcessWrap);

}  // namespace protojs::child_process
