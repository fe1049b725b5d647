// The async context of node:async_hooks (AsyncLocalStorage, AsyncResource): a value
// the engine keeps per context (scripts/patches/quickjs-12-async-context.patch). What
// JS starts that runs later (a promise reaction, a tick, a timer, a native handle or
// request) captures the value current when it is made, and runs with it current again.
#pragma once
#include <quickjs.h>

namespace protojs {

// Makes `value` the current context until the scope ends, then restores the one
// before. Nothing is touched when both are undefined (no AsyncLocalStorage in use).
class AsyncContextScope {
 public:
  AsyncContextScope(JSContext* ctx, JSValueConst value) : ctx_(ctx), saved_(JS_GetAsyncContext(ctx)) {
    active_ = !JS_IsUndefined(value) || !JS_IsUndefined(saved_);
    if (active_) JS_SetAsyncContext(ctx_, JS_DupValue(ctx_, value));
  }
  ~AsyncContextScope() {
    if (active_) JS_SetAsyncContext(ctx_, saved_);
    else JS_FreeValue(ctx_, saved_);
  }
  AsyncContextScope(const AsyncContextScope&) = delete;
  AsyncContextScope& operator=(const AsyncContextScope&) = delete;

 private:
  JSContext* ctx_;
  JSValue saved_;
  bool active_;
};

}  // namespace protojs
