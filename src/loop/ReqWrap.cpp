#include "loop/ReqWrap.h"

#include "runtime/Runtime.h"

namespace protojs {

ReqWrapBase::ReqWrapBase(Runtime& rt, JSValueConst reqObject)
    : rt_(rt), object_(JS_DupValue(rt.ctx(), reqObject)), asyncContext_(JS_GetAsyncContext(rt.ctx())) {}

ReqWrapBase::~ReqWrapBase() {
  JSContext* ctx = rt_.ctx();
  for (JSValue v : kept_) JS_FreeValue(ctx, v);
  JS_FreeValue(ctx, object_);
  JS_FreeValue(ctx, asyncContext_);
}

void ReqWrapBase::keepAlive(JSValueConst v) { kept_.push_back(JS_DupValue(rt_.ctx(), v)); }

void ReqWrapBase::complete(int argc, JSValueConst* argv) {
  if (rt_.tearingDown()) return;
  JSContext* ctx = rt_.ctx();
  JSValue fn = JS_GetPropertyStr(ctx, object_, "oncomplete");
  if (JS_IsFunction(ctx, fn)) JS_FreeValue(ctx, rt_.makeCallback(fn, object_, argc, argv, asyncContext_));
  JS_FreeValue(ctx, fn);
}

}  // namespace protojs
