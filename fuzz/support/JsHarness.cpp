#include "JsHarness.h"

#include <quickjs.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/Runtime.h"

namespace fuzz {

struct JsHarness::State {
  JSValue check = JS_UNDEFINED;
};

namespace {

[[noreturn]] void abortWithException(JSContext* ctx, const char* what) {
  JSValue exc = JS_GetException(ctx);
  const char* msg = JS_ToCString(ctx, exc);
  std::fprintf(stderr, "fuzz: %s threw: %s\n", what, msg ? msg : "(exception)");
  JS_FreeCString(ctx, msg);
  JSValue stack = JS_GetPropertyStr(ctx, exc, "stack");
  if (const char* s = JS_ToCString(ctx, stack)) {
    std::fprintf(stderr, "%s\n", s);
    JS_FreeCString(ctx, s);
  }
  JS_FreeValue(ctx, stack);
  JS_FreeValue(ctx, exc);
  std::abort();
}

// require(id) for the factory: the runtime's builtin loader, internal ids included.
JSValue jsRequire(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  const char* id = JS_ToCString(ctx, argv[0]);
  if (!id) return JS_EXCEPTION;
  JSValue r = protojs::Runtime::from(ctx)->requireBuiltin(id);
  JS_FreeCString(ctx, id);
  return r;
}

protojs::Options harnessOptions() {
  protojs::Options opt;
  opt.execPath = "protojs-fuzz";
  opt.argv.push_back(opt.execPath);
  return opt;
}

}  // namespace

JsHarness::JsHarness(const char* factory)
    : runtime_(new protojs::Runtime(harnessOptions())), state_(new State) {
  JSContext* ctx = runtime_->ctx();
  if (!runtime_->bootstrap()) std::abort();  // bootstrap() printed why
  JSValue fn = JS_Eval(ctx, factory, std::strlen(factory), "<fuzz harness>", JS_EVAL_TYPE_GLOBAL);
  if (JS_IsException(fn)) abortWithException(ctx, "the harness source");
  JSValue req = JS_NewCFunction(ctx, jsRequire, "require", 1);
  state_->check = JS_Call(ctx, fn, JS_UNDEFINED, 1, &req);
  JS_FreeValue(ctx, req);
  JS_FreeValue(ctx, fn);
  if (JS_IsException(state_->check)) abortWithException(ctx, "the harness factory");
  runtime_->drainTasks();
}

JsHarness::~JsHarness() {
  JS_FreeValue(runtime_->ctx(), state_->check);
  delete state_;
  delete runtime_;  // full teardown: QuickJS and LeakSanitizer check for leaks
}

std::string JsHarness::call(std::string_view input) {
  JSContext* ctx = runtime_->ctx();
  JSValue args[2] = {
      JS_NewStringLen(ctx, input.data(), input.size()),
      JS_NewArrayBufferCopy(ctx, reinterpret_cast<const uint8_t*>(input.data()), input.size()),
  };
  if (JS_IsException(args[0]) || JS_IsException(args[1])) abortWithException(ctx, "making the input");
  JSValue r = JS_Call(ctx, state_->check, JS_UNDEFINED, 2, args);
  JS_FreeValue(ctx, args[0]);
  JS_FreeValue(ctx, args[1]);
  if (JS_IsException(r)) abortWithException(ctx, "the check");
  std::string out;
  if (!JS_IsUndefined(r)) {
    size_t len = 0;
    const char* s = JS_ToCStringLen(ctx, &len, r);
    if (!s) abortWithException(ctx, "converting the result");
    out.assign(s, len);
    JS_FreeCString(ctx, s);
  }
  JS_FreeValue(ctx, r);
  runtime_->drainTasks();
  return out;
}

}  // namespace fuzz
