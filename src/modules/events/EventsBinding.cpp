// internalBinding('events'): EventEmitter.prototype.emit in C++ for the common case.
// emit() runs for every socket read, stream step and http message; in the
// interpreter its rest-argument array and Function.prototype.apply cost more than
// the listener it calls. Here the listeners are called straight from native code.
//
// Only this is done natively: look up this._events[type], call a function
// listener or a copy of a listener array. Everything else (the 'error' type, a
// listener returning an object, which may need captureRejections) goes to the JS
// functions lib/events.js hands over, so the semantics stay in one place.
#include <cstring>
#include <vector>

#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs {

namespace {

enum Data { kSlowEmit, kAfterListener, kEventsKey, kDataCount };

bool isErrorType(JSContext* ctx, JSValueConst type) {
  if (!JS_IsString(type)) return false;
  size_t len;
  const char* s = JS_ToCStringLen(ctx, &len, type);
  bool is = s && len == 5 && std::memcmp(s, "error", 5) == 0;
  JS_FreeCString(ctx, s);
  return is;
}

// A listener returned an object (a promise, maybe): lib/events.js decides about
// captureRejections. Primitives (`(d) => chunks.push(d)` returns a number) have no
// then() to call.
JSValue afterListener(JSContext* ctx, JSValueConst* data, JSValueConst self, JSValue result,
                      int argc, JSValueConst* argv) {
  if (!JS_IsObject(result)) {
    JS_FreeValue(ctx, result);
    return JS_UNDEFINED;
  }
  std::vector<JSValueConst> args{self, result};
  args.insert(args.end(), argv, argv + argc);  // type, ...args
  JSValue r = JS_Call(ctx, data[kAfterListener], JS_UNDEFINED, int(args.size()), args.data());
  JS_FreeValue(ctx, result);
  return r;
}

JSValue callListener(JSContext* ctx, JSValueConst* data, JSValueConst self, JSValueConst fn,
                     int argc, JSValueConst* argv) {
  JSValue result = JS_Call(ctx, fn, self, argc - 1, argv + 1);
  if (JS_IsException(result)) return result;
  return afterListener(ctx, data, self, result, argc, argv);
}

JSValue jsEmit(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int, JSValueConst* data) {
  if (argc == 0 || isErrorType(ctx, argv[0]) || !JS_IsObject(self)) {
    return JS_Call(ctx, data[kSlowEmit], self, argc, argv);
  }
  JSValue events = JS_GetProperty(ctx, self, JSAtom(JS_VALUE_GET_INT(data[kEventsKey])));
  if (JS_IsException(events)) return events;
  if (!JS_IsObject(events)) {
    JS_FreeValue(ctx, events);
    return JS_FALSE;
  }
  JSAtom type = JS_ValueToAtom(ctx, argv[0]);
  if (type == JS_ATOM_NULL) {
    JS_FreeValue(ctx, events);
    return JS_EXCEPTION;
  }
  JSValue handler = JS_GetProperty(ctx, events, type);
  JS_FreeAtom(ctx, type);
  JS_FreeValue(ctx, events);
  if (JS_IsException(handler)) return handler;
  if (JS_IsUndefined(handler)) return JS_FALSE;
  JSValue r = JS_UNDEFINED;
  if (JS_IsFunction(ctx, handler)) {
    r = callListener(ctx, data, self, handler, argc, argv);
  } else {
    // A copy, as Node's arrayClone: listeners added or removed meanwhile do not count.
    uint32_t len = 0;
    JSValue lenValue = JS_GetPropertyStr(ctx, handler, "length");
    if (JS_ToUint32(ctx, &len, lenValue) < 0) {
      JS_FreeValue(ctx, lenValue);
      JS_FreeValue(ctx, handler);
      return JS_EXCEPTION;
    }
    JS_FreeValue(ctx, lenValue);
    std::vector<JSValue> listeners;
    listeners.reserve(len);
    for (uint32_t i = 0; i < len; i++) listeners.push_back(JS_GetPropertyUint32(ctx, handler, i));
    for (JSValue fn : listeners) {
      if (JS_IsException(r)) break;
      r = callListener(ctx, data, self, fn, argc, argv);
    }
    for (JSValue fn : listeners) JS_FreeValue(ctx, fn);
  }
  JS_FreeValue(ctx, handler);
  if (JS_IsException(r)) return r;
  JS_FreeValue(ctx, r);
  return JS_TRUE;
}

// makeEmit(slowEmit, afterListener) -> the native emit.
JSValue jsMakeEmit(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  JSAtom events = JS_NewAtom(ctx, "_events");
  Runtime::from(ctx)->atTeardown([ctx, events] { JS_FreeAtom(ctx, events); });
  JSValue data[kDataCount] = {argv[0], argv[1], JS_NewInt32(ctx, int32_t(events))};
  JSValue fn = JS_NewCFunctionData(ctx, jsEmit, 1, 0, kDataCount, data);
  JS_DefinePropertyValueStr(ctx, fn, "name", JS_NewString(ctx, "emit"), JS_PROP_CONFIGURABLE);
  return fn;
}

void initEvents(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "makeEmit", jsMakeEmit, 2);
}

}  // namespace

PROTOJS_BINDING(events, initEvents);

}  // namespace protojs
