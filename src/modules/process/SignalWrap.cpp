// A signal watcher (Node's Signal handle): a uv_signal_t bound to a JS object, used by
// process.on('SIGxxx'). start(signum) returns 0 or a libuv error code; each delivery
// calls `this.onsignal(signum)`. libuv turns the signal into a loop event, so the
// listener runs on the loop thread like any other callback.
#include <uv.h>

#include "loop/HandleWrap.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

JSClassID signalClassId = 0;

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Runtime& rt, JSValueConst obj)
      : HandleWrap(rt, obj, reinterpret_cast<uv_handle_t*>(&signal_)) {
    uv_signal_init(rt.loop().uv(), &signal_);
  }

  static SignalWrap* fromThis(JSContext* ctx, JSValueConst self) {
    return static_cast<SignalWrap*>(BaseObject::unwrap(ctx, self, signalClassId));
  }

  int start(int signum) { return uv_signal_start(&signal_, onSignal, signum); }

 private:
  static void onSignal(uv_signal_t* h, int signum) {
    auto* self = static_cast<SignalWrap*>(HandleWrap::fromHandle(reinterpret_cast<uv_handle_t*>(h)));
    Runtime& rt = self->runtime();
    if (rt.tearingDown() || !self->isOpen()) return;
    JSContext* ctx = rt.ctx();
    JSValue fn = JS_GetPropertyStr(ctx, self->object(), "onsignal");
    if (JS_IsFunction(ctx, fn)) {
      JSValue arg = JS_NewInt32(ctx, signum);
      JS_FreeValue(ctx, rt.makeCallback(fn, self->object(), 1, &arg));
    }
    JS_FreeValue(ctx, fn);
  }

  uv_signal_t signal_;
};

JSValue jsNew(JSContext* ctx, JSValueConst newTarget, int, JSValueConst*) {
  return newHandleObject<SignalWrap>(ctx, newTarget, signalClassId);
}

// start(signum) -> 0 | negative libuv code (UV_EINVAL for SIGKILL and SIGSTOP)
JSValue jsStart(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv) {
  SignalWrap* w = SignalWrap::fromThis(ctx, self);
  if (!w) return JS_EXCEPTION;
  if (!w->isOpen()) return JS_NewInt32(ctx, UV_EBADF);
  int32_t signum = 0;
  if (argc < 1 || JS_ToInt32(ctx, &signum, argv[0])) return JS_EXCEPTION;
  return JS_NewInt32(ctx, w->start(signum));
}

const JSCFunctionListEntry kMethods[] = {
    PROTOJS_HANDLE_METHODS,
    PJS_CFUNC_DEF("start", 1, jsStart),
};

void initSignalWrap(Runtime&, JSContext* ctx, JSValueConst exports) {
  JSValue ctor = defineClass(ctx, signalClassId, "Signal", jsNew, 0, kMethods,
                             sizeof(kMethods) / sizeof(kMethods[0]));
  setProp(ctx, exports, "Signal", ctor);
}

}  // namespace

PROTOJS_BINDING(signal_wrap, initSignalWrap);

}  // namespace protojs
