#include "runtime/TickQueue.h"

#include "runtime/AsyncContext.h"

namespace protojs {

void TickQueue::push(JSContext* ctx, JSValueConst fn, int argc, JSValueConst* argv) {
  Tick t;
  t.fn = JS_DupValue(ctx, fn);
  t.argc = argc;
  t.rest = JS_UNDEFINED;
  t.asyncContext = JS_GetAsyncContext(ctx);
  if (argc <= kInlineArgs) {
    for (int i = 0; i < argc; i++) t.args[i] = JS_DupValue(ctx, argv[i]);
  } else {
    t.rest = JS_NewArray(ctx);
    for (int i = 0; i < argc; i++) JS_SetPropertyUint32(ctx, t.rest, i, JS_DupValue(ctx, argv[i]));
  }
  ticks_.push_back(t);
}

JSValue TickQueue::call(JSContext* ctx, Tick& t) {
  AsyncContextScope scope(ctx, t.asyncContext);
  if (t.argc <= kInlineArgs) return JS_Call(ctx, t.fn, JS_UNDEFINED, t.argc, t.args);
  std::vector<JSValue> argv(t.argc);
  for (int i = 0; i < t.argc; i++) argv[i] = JS_GetPropertyUint32(ctx, t.rest, i);
  JSValue r = JS_Call(ctx, t.fn, JS_UNDEFINED, t.argc, argv.data());
  for (JSValue v : argv) JS_FreeValue(ctx, v);
  return r;
}

void TickQueue::release(JSContext* ctx, Tick& t) {
  JS_FreeValue(ctx, t.fn);
  JS_FreeValue(ctx, t.asyncContext);
  if (t.argc <= kInlineArgs) {
    for (int i = 0; i < t.argc; i++) JS_FreeValue(ctx, t.args[i]);
  } else {
    JS_FreeValue(ctx, t.rest);
  }
}

bool TickQueue::run(JSContext* ctx) {
  while (head_ < ticks_.size()) {
    // Taken out before the call: the callback may queue more (and grow the vector).
    Tick t = ticks_[head_++];
    if (head_ == ticks_.size()) {
      ticks_.clear();
      head_ = 0;
    } else if (head_ > 1024 && head_ * 2 > ticks_.size()) {
      ticks_.erase(ticks_.begin(), ticks_.begin() + head_);
      head_ = 0;
    }
    JSValue r = call(ctx, t);
    release(ctx, t);
    if (JS_IsException(r)) return false;
    JS_FreeValue(ctx, r);
  }
  return true;
}

void TickQueue::clear(JSContext* ctx) {
  for (size_t i = head_; i < ticks_.size(); i++) release(ctx, ticks_[i]);
  ticks_.clear();
  head_ = 0;
}

}  // namespace protojs
