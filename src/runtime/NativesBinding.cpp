// Bindings the runtime itself needs: `natives` (the embedded lib/ bytecode) and
// `task_queue` (the nextTick/microtask/rejection machinery shared with JS).
#include <algorithm>
#include <cstring>

#include "runtime/Binding.h"
#include "runtime/Natives.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

const natives::Module* natives::find(const char* id) {
  const Module* m = std::lower_bound(begin(), end(), id,
                                     [](const Module& a, const char* b) { return std::strcmp(a.id, b) < 0; });
  return m != end() && std::strcmp(m->id, id) == 0 ? m : nullptr;
}

JSValue compileNative(JSContext* ctx, const char* id) {
  const natives::Module* m = natives::find(id);
  if (!m) return JS_ThrowReferenceError(ctx, "No such built-in module: %s", id);
  JSValue fn = JS_ReadObject(ctx, m->data, m->size, JS_READ_OBJ_BYTECODE | JS_READ_OBJ_ROM_DATA);
  if (JS_IsException(fn)) return fn;
  return JS_EvalFunction(ctx, fn);  // evaluates the wrapper expression to a function
}

namespace {

JSValue jsCompile(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  const char* id = JS_ToCString(ctx, argv[0]);
  if (!id) return JS_EXCEPTION;
  JSValue r = compileNative(ctx, id);
  JS_FreeCString(ctx, id);
  return r;
}

// has(id): whether a builtin `id` exists (without building the list at start-up).
JSValue jsHas(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  const char* id = JS_ToCString(ctx, argv[0]);
  if (!id) return JS_EXCEPTION;
  bool found = natives::find(id) != nullptr;
  JS_FreeCString(ctx, id);
  return JS_NewBool(ctx, found);
}

// list(): every builtin id.
JSValue jsList(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  JSValue ids = JS_NewArray(ctx);
  uint32_t i = 0;
  for (const natives::Module* m = natives::begin(); m != natives::end(); ++m)
    JS_SetPropertyUint32(ctx, ids, i++, JS_NewString(ctx, m->id));
  return ids;
}

void initNatives(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "compile", jsCompile, 1);
  setFunction(ctx, exports, "has", jsHas, 1);
  setFunction(ctx, exports, "list", jsList, 0);
}

JSValue jsRunMicrotasks(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  JSRuntime* rt = JS_GetRuntime(ctx);
  for (;;) {
    JSContext* c;
    int r = JS_ExecutePendingJob(rt, &c);
    if (r == 0) break;
    if (r < 0) Runtime::from(ctx)->reportException();
  }
  return JS_UNDEFINED;
}

// setCallbacks(tickCallback, fatalException, rejectionHandled)
JSValue jsSetCallbacks(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  Runtime* rt = Runtime::from(ctx);
  JSValue* slots[] = {&rt->tickCallback_, &rt->fatalException_, &rt->promiseRejectCallback_};
  for (int i = 0; i < 3 && i < argc; i++) {
    JS_FreeValue(ctx, *slots[i]);
    *slots[i] = JS_DupValue(ctx, argv[i]);
  }
  return JS_UNDEFINED;
}

// Returns [promise, reason, promise, reason, ...] and clears the pending list.
JSValue jsTakeRejections(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  Runtime* rt = Runtime::from(ctx);
  JSValue arr = JS_NewArray(ctx);
  uint32_t i = 0;
  for (auto& [p, r] : rt->pendingRejections_) {
    JS_SetPropertyUint32(ctx, arr, i++, p);
    JS_SetPropertyUint32(ctx, arr, i++, r);
  }
  rt->pendingRejections_.clear();
  rt->tickInfo_[1] = 0;
  return arr;
}

JSValue jsReportException(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  JS_Throw(ctx, JS_DupValue(ctx, argv[0]));
  Runtime::from(ctx)->reportException();
  return JS_UNDEFINED;
}

void initTaskQueue(Runtime& rt, JSContext* ctx, JSValueConst exports) {
  // tickInfo[0]: a nextTick is queued; tickInfo[1]: rejections wait to be processed.
  JSValue ab = JS_NewArrayBuffer(ctx, reinterpret_cast<uint8_t*>(rt.tickInfo_),
                                 sizeof(rt.tickInfo_), nullptr, nullptr, false);
  JSValue args[] = {ab};
  JSValue global = JS_GetGlobalObject(ctx);
  JSValue ctor = JS_GetPropertyStr(ctx, global, "Int32Array");
  JS_FreeValue(ctx, global);
  JSValue info = JS_CallConstructor(ctx, ctor, 1, args);
  JS_FreeValue(ctx, ctor);
  JS_FreeValue(ctx, ab);
  setProp(ctx, exports, "tickInfo", info);
  setFunction(ctx, exports, "runMicrotasks", jsRunMicrotasks, 0);
  setFunction(ctx, exports, "setCallbacks", jsSetCallbacks, 3);
  setFunction(ctx, exports, "takeRejections", jsTakeRejections, 0);
  setFunction(ctx, exports, "reportException", jsReportException, 1);
}

}  // namespace

PROTOJS_BINDING(natives, initNatives);
PROTOJS_BINDING(task_queue, initTaskQueue);

}  // namespace protojs
