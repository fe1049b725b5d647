// internalBinding('util'): what util.inspect and util.types need to see inside
// engine objects without running user code: an object's internal class, a Proxy's
// target and handler, a Promise's state, and the entries left in a Map/Set iterator.
//
// QuickJS 2025-04-26 exports JS_GetClassID but not its class enum nor the layouts of
// proxies and map iterators. The mirrors below match quickjs.c of exactly that
// release (the version is pinned by the bootstrap script and checked by SHA-256);
// tests/compat/util/types-*.js fail if they drift.
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

// quickjs.c: enum { JS_CLASS_OBJECT = 1, ... }, in declaration order.
const char* const kClassNames[] = {
    nullptr, "Object", "Array", "Error", "Number", "String", "Boolean", "Symbol",
    "Arguments", "MappedArguments", "Date", "ModuleNamespace", "CFunction",
    "BytecodeFunction", "BoundFunction", "CFunctionData", "GeneratorFunction",
    "ForInIterator", "RegExp", "ArrayBuffer", "SharedArrayBuffer", "Uint8ClampedArray",
    "Int8Array", "Uint8Array", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
    "BigInt64Array", "BigUint64Array", "Float32Array", "Float64Array", "DataView",
    "BigInt", "Map", "Set", "WeakMap", "WeakSet", "MapIterator", "SetIterator",
    "ArrayIterator", "StringIterator", "RegExpStringIterator", "Generator", "Proxy",
    "Promise", "PromiseResolveFunction", "PromiseRejectFunction", "AsyncFunction",
    "AsyncFunctionResolve", "AsyncFunctionReject", "AsyncFromSyncIterator",
    "AsyncGeneratorFunction", "AsyncGenerator", "WeakRef", "FinalizationRegistry",
};
constexpr JSClassID kProxyClass = 44;
constexpr JSClassID kMapIteratorClass = 38;
constexpr JSClassID kSetIteratorClass = 39;
constexpr JSClassID kWeakMapClass = 36;
constexpr JSClassID kWeakSetClass = 37;

// quickjs.c: JSProxyData.
struct ProxyData {
  JSValue target;
  JSValue handler;
  uint8_t isFunc;
  uint8_t isRevoked;
};

struct ListHead {
  ListHead* prev;
  ListHead* next;
};

// quickjs.c: JSMapRecord, JSMapState, JSMapIteratorData.
struct MapRecord {
  int refCount;
  int empty : 8;
  ListHead link;
  MapRecord* hashNext;
  JSValue key;
  JSValue value;
};
struct MapState {
  int isWeak;
  ListHead records;
};
struct MapIteratorData {
  JSValue obj;
  int kind;  // 0 key, 1 value, 2 key+value
  MapRecord* curRecord;
};

MapRecord* recordOf(ListHead* link) {
  return reinterpret_cast<MapRecord*>(reinterpret_cast<char*>(link) - offsetof(MapRecord, link));
}

JSValue jsGetClassId(JSContext*, JSValueConst, int, JSValueConst* argv) {
  return JS_NewInt32(nullptr, int32_t(JS_GetClassID(argv[0])));
}

// getProxyDetails(value, showProxy): undefined for a non-proxy, null for a revoked
// one; the target, or
// [target, handler] when showProxy is true (as Node's binding answers).
JSValue jsGetProxyDetails(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  auto* data = static_cast<ProxyData*>(JS_GetOpaque(argv[0], kProxyClass));
  if (!data) return JS_UNDEFINED;
  if (data->isRevoked) return JS_NULL;
  bool full = argc < 2 || JS_ToBool(ctx, argv[1]);
  if (!full) return JS_DupValue(ctx, data->target);
  JSValue pair = JS_NewArray(ctx);
  JS_SetPropertyUint32(ctx, pair, 0, JS_DupValue(ctx, data->target));
  JS_SetPropertyUint32(ctx, pair, 1, JS_DupValue(ctx, data->handler));
  return pair;
}

// [state, result]: state 0 pending, 1 fulfilled, 2 rejected; undefined if no promise.
JSValue jsGetPromiseDetails(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  if (JS_GetClassID(argv[0]) != 45) return JS_UNDEFINED;
  int state = JS_PromiseState(ctx, argv[0]);
  JSValue pair = JS_NewArray(ctx);
  JS_SetPropertyUint32(ctx, pair, 0, JS_NewInt32(ctx, state));
  if (state != JS_PROMISE_PENDING) JS_SetPropertyUint32(ctx, pair, 1, JS_PromiseResult(ctx, argv[0]));
  return pair;
}

// previewIteratorEntries(it): [flatEntries, isKeyValue] for the records a Map or Set
// iterator has not yet returned, without advancing it; undefined otherwise.
JSValue jsPreviewIteratorEntries(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  JSClassID cls = JS_GetClassID(argv[0]);
  if (cls != kMapIteratorClass && cls != kSetIteratorClass) return JS_UNDEFINED;
  auto* it = static_cast<MapIteratorData*>(JS_GetOpaque(argv[0], cls));
  JSValue out = JS_NewArray(ctx);
  // Set records hold the value as the key; entries() pairs it with itself.
  bool isSet = cls == kSetIteratorClass;
  bool keyValue = it && it->kind == 2;
  if (it && !JS_IsUndefined(it->obj)) {
    auto* state = static_cast<MapState*>(JS_GetOpaque(it->obj, cls == kMapIteratorClass ? 34 : 35));
    ListHead* el = it->curRecord ? it->curRecord->link.next : state->records.next;
    uint32_t i = 0;
    for (; state && el != &state->records; el = el->next) {
      MapRecord* r = recordOf(el);
      if (r->empty) continue;
      JSValueConst second = isSet ? r->key : r->value;
      if (keyValue || it->kind == 0 || isSet) JS_SetPropertyUint32(ctx, out, i++, JS_DupValue(ctx, r->key));
      if (keyValue || (it->kind == 1 && !isSet)) JS_SetPropertyUint32(ctx, out, i++, JS_DupValue(ctx, second));
    }
  }
  JSValue pair = JS_NewArray(ctx);
  JS_SetPropertyUint32(ctx, pair, 0, out);
  JS_SetPropertyUint32(ctx, pair, 1, JS_NewBool(ctx, keyValue));
  return pair;
}

// A weak key whose object was collected has a zero reference count until the
// record is swept (quickjs.c: js_weakref_is_live).
bool weakKeyIsLive(JSValueConst key) {
  return JS_IsUndefined(key) || *static_cast<int*>(JS_VALUE_GET_PTR(key)) != 0;
}

// previewWeakEntries(collection): the live entries of a WeakMap ([k1, v1, k2, v2...])
// or WeakSet ([v1, v2...]); undefined for anything else.
JSValue jsPreviewWeakEntries(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  JSClassID cls = JS_GetClassID(argv[0]);
  if (cls != kWeakMapClass && cls != kWeakSetClass) return JS_UNDEFINED;
  auto* state = static_cast<MapState*>(JS_GetOpaque(argv[0], cls));
  JSValue out = JS_NewArray(ctx);
  uint32_t i = 0;
  for (ListHead* el = state ? state->records.next : nullptr; state && el != &state->records; el = el->next) {
    MapRecord* r = recordOf(el);
    if (r->empty || !weakKeyIsLive(r->key)) continue;
    JS_SetPropertyUint32(ctx, out, i++, JS_DupValue(ctx, r->key));
    if (cls == kWeakMapClass) JS_SetPropertyUint32(ctx, out, i++, JS_DupValue(ctx, r->value));
  }
  return out;
}

void initUtil(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "getClassId", jsGetClassId, 1);
  setFunction(ctx, exports, "getProxyDetails", jsGetProxyDetails, 2);
  setFunction(ctx, exports, "getPromiseDetails", jsGetPromiseDetails, 1);
  setFunction(ctx, exports, "previewIteratorEntries", jsPreviewIteratorEntries, 1);
  setFunction(ctx, exports, "previewWeakEntries", jsPreviewWeakEntries, 1);
  JSValue ids = JS_NewObject(ctx);
  for (size_t i = 1; i < sizeof(kClassNames) / sizeof(kClassNames[0]); i++) {
    JS_SetPropertyStr(ctx, ids, kClassNames[i], JS_NewInt32(ctx, int32_t(i)));
  }
  setProp(ctx, exports, "classIds", ids);
}

}  // namespace

PROTOJS_BINDING(util, initUtil);

}  // namespace protojs
