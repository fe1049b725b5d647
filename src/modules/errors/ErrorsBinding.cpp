// The errors binding: setStackTraceHook(Error, defaultPrepare, format) hands
// lib/internal/bootstrap/error_stack.js's V8 stack trace API to the engine (see
// scripts/patches/quickjs-5-prepare-stack-trace.patch).
#include "runtime/Binding.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

JSValue jsSetStackTraceHook(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  JS_SetStackTraceHook(ctx, argv[0], argv[1], argv[2]);
  return JS_UNDEFINED;
}

void initErrors(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "setStackTraceHook", jsSetStackTraceHook, 3);
}

}  // namespace

PROTOJS_BINDING(errors, initErrors);

}  // namespace protojs
