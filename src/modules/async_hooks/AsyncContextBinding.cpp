// The async_context binding: get() and set(frame) of the engine's current async
// context (runtime/AsyncContext.h), for lib/internal/async_context.js.
#include "runtime/Binding.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

JSValue jsGet(JSContext* ctx, JSValueConst, int, JSValueConst*) { return JS_GetAsyncContext(ctx); }

JSValue jsSet(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  JS_SetAsyncContext(ctx, JS_DupValue(ctx, argv[0]));
  return JS_UNDEFINED;
}

void initAsyncContext(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "get", jsGet, 0);
  setFunction(ctx, exports, "set", jsSet, 1);
}

}  // namespace

PROTOJS_BINDING(async_context, initAsyncContext);

}  // namespace protojs
