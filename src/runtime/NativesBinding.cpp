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

// The getter and setter of a lazy property: data = [module id, key, enumerable].
// Read (no argument), it loads the module's export; written, it takes the value;
// either way the property becomes a plain data property with that value.
JSValue lazyAccess(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv, int,
                   JSValueConst* data) {
  JSValue value;
  if (argc == 0) {
    const char* id = JS_ToCString(ctx, data[0]);
    if (!id) return JS_EXCEPTION;
    JSValue module = Runtime::from(ctx)->requireBuiltin(id);
    JS_FreeCString(ctx, id);
    if (JS_IsException(module)) return module;
    JSAtom key = JS_ValueToAtom(ctx, data[1]);
    value = JS_GetProperty(ctx, module, key);
    JS_FreeAtom(ctx, key);
    JS_FreeValue(ctx, module);
    if (JS_IsException(value)) return value;
  } else {
    value = JS_DupValue(ctx, argv[0]);
  }
  int flags = JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE | (JS_ToBool(ctx, data[2]) ? JS_PROP_ENUMERABLE : 0);
  JSAtom key = JS_ValueToAtom(ctx, data[1]);
  int r = JS_DefinePropertyValue(ctx, thisVal, key, JS_DupValue(ctx, value), flags);
  JS_FreeAtom(ctx, key);
  if (r < 0) {
    JS_FreeValue(ctx, value);
    return JS_EXCEPTION;
  }
  return argc == 0 ? value : (JS_FreeValue(ctx, value), JS_UNDEFINED);
}

// defineLazy(target, id, keys, enumerable): each key (space-separated) becomes an
// accessor on target that loads require(id)[key] when first read. Native, because
// start-up defines some forty of them: a JS closure and defineProperty each cost
// several times as much.
JSValue jsDefineLazy(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  const char* keys = JS_ToCString(ctx, argv[2]);
  if (!keys) return JS_EXCEPTION;
  int flags = JS_PROP_CONFIGURABLE | (JS_ToBool(ctx, argv[3]) ? JS_PROP_ENUMERABLE : 0);
  bool ok = true;
  for (const char* p = keys; *p && ok;) {
    const char* end = std::strchr(p, ' ');
    size_t len = end ? size_t(end - p) : std::strlen(p);
    JSValue data[3] = {argv[1], JS_NewStringLen(ctx, p, len), JS_NewBool(ctx, JS_ToBool(ctx, argv[3]))};
    JSValue fn = JS_NewCFunctionData(ctx, lazyAccess, 0, 0, 3, data);
    JSAtom key = JS_NewAtomLen(ctx, p, len);
    ok = JS_DefinePropertyGetSet(ctx, argv[0], key, fn, JS_DupValue(ctx, fn), flags) >= 0;
    JS_FreeAtom(ctx, key);
    JS_FreeValue(ctx, data[1]);
    p += len;
    while (*p == ' ') p++;
  }
  JS_FreeCString(ctx, keys);
  return ok ? JS_UNDEFINED : JS_EXCEPTION;
}

void initNatives(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "compile", jsCompile, 1);
  setFunction(ctx, exports, "defineLazy", jsDefineLazy, 4);
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

// setCallbacks(processRejections, fatalException, rejectionHandled, invalidTick, process)
JSValue jsSetCallbacks(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  Runtime* rt = Runtime::from(ctx);
  JSValue* slots[] = {&rt->rejectionsCallback_, &rt->fatalException_, &rt->promiseRejectCallback_,
                      &rt->invalidTickCallback_, &rt->processObject_};
  for (int i = 0; i < 5 && i < argc; i++) {
    JS_FreeValue(ctx, *slots[i]);
    *slots[i] = JS_DupValue(ctx, argv[i]);
  }
  if (rt->exitingAtom_ == JS_ATOM_NULL) rt->exitingAtom_ = JS_NewAtom(ctx, "_exiting");
  return JS_UNDEFINED;
}

// process.nextTick(callback, ...args): nothing is queued once the process exits.
JSValue jsNextTick(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  Runtime* rt = Runtime::from(ctx);
  if (argc == 0 || !JS_IsFunction(ctx, argv[0])) {
    JSValue callback = argc ? argv[0] : JS_UNDEFINED;
    return JS_Call(ctx, rt->invalidTickCallback_, JS_UNDEFINED, 1, &callback);
  }
  JSValue exiting = JS_GetProperty(ctx, rt->processObject_, rt->exitingAtom_);
  if (JS_IsException(exiting)) return exiting;
  bool skip = JS_ToBool(ctx, exiting);
  JS_FreeValue(ctx, exiting);
  if (skip) return JS_UNDEFINED;
  rt->ticks_.push(ctx, argv[0], argc - 1, argv + 1);
  rt->tickInfo_[0] = 1;
  return JS_UNDEFINED;
}

// runNextTicks(): the drain, from JS (timers run it between callbacks); throws what
// a callback threw.
JSValue jsRunNextTicks(JSContext* ctx, JSValueConst, int, JSValueConst*) {
  return Runtime::from(ctx)->processTicksAndRejections() ? JS_UNDEFINED : JS_EXCEPTION;
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
  // tickInfo[0]: a nextTick is queued; tickInfo[1]: rejections wait to be processed;
  // tickInfo[2]: how many drains have completed.
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
  setFunction(ctx, exports, "setCallbacks", jsSetCallbacks, 5);
  setFunction(ctx, exports, "nextTick", jsNextTick, 1);
  setFunction(ctx, exports, "runNextTicks", jsRunNextTicks, 0);
  setFunction(ctx, exports, "takeRejections", jsTakeRejections, 0);
  setFunction(ctx, exports, "reportException", jsReportException, 1);
}

}  // namespace

PROTOJS_BINDING(natives, initNatives);
PROTOJS_BINDING(task_queue, initTaskQueue);

}  // namespace protojs
