// internalBinding('events'): EventEmitter.prototype.emit, addListener,
// removeListener, listenerCount and EventEmitter.init in C++ for the common case.
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

enum Data { kSlowEmit, kAfterListener, kEventsKey, kErrorKey, kDataCount };

// A native function with data slots, named as the JS one it stands for.
JSValue namedDataFunction(JSContext* ctx, JSCFunctionData* fn, int length, JSValue* data, int count,
                          const char* name) {
  JSValue f = JS_NewCFunctionData(ctx, fn, length, 0, count, data);
  JS_DefinePropertyValueStr(ctx, f, "name", JS_NewString(ctx, name), JS_PROP_CONFIGURABLE);
  return f;
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
  if (argc == 0 || !JS_IsObject(self)) return JS_Call(ctx, data[kSlowEmit], self, argc, argv);
  // The type as an atom: 'error' is found by comparing atoms, and the listener
  // lookup needs the atom anyway.
  JSAtom type = JS_ValueToAtom(ctx, argv[0]);
  if (type == JS_ATOM_NULL) return JS_EXCEPTION;
  if (type == JSAtom(JS_VALUE_GET_INT(data[kErrorKey])) && JS_IsString(argv[0])) {
    JS_FreeAtom(ctx, type);
    return JS_Call(ctx, data[kSlowEmit], self, argc, argv);
  }
  JSValue events = JS_GetProperty(ctx, self, JSAtom(JS_VALUE_GET_INT(data[kEventsKey])));
  if (JS_IsException(events) || !JS_IsObject(events)) {
    JS_FreeAtom(ctx, type);
    if (JS_IsException(events)) return events;
    JS_FreeValue(ctx, events);
    return JS_FALSE;
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

// ---- addListener / removeListener ---------------------------------------------
// Sockets, streams and http messages add and remove a handful of listeners per
// connection or request. Natively: adding a listener (an array of them from the
// second on) and removing one. What is left (the max-listeners warning,
// 'newListener'/'removeListener' listeners, prepending, a missing _events, values
// that are not what the JS function would make) goes to the JS function, which
// stays the definition.

enum ListenerData { kSlow, kAtoms, kLimits, kListenerDataCount };
enum Atom {
  kEvents, kEventsCount, kNewListener, kRemoveListener, kListener, kShapeMode, kMaxListeners,
  kDefaultMaxListeners, kLength, kAtomCount
};

struct Atoms {
  JSAtom a[kAtomCount];
};

const Atoms& atomsOf(JSValueConst* data) {
  return *static_cast<const Atoms*>(holderValue(data[kAtoms]));
}

JSValue slowCall(JSContext* ctx, JSValueConst* data, JSValueConst self, int argc, JSValueConst* argv) {
  return JS_Call(ctx, data[kSlow], self, argc, argv);
}

// True when obj[atom] is not undefined; -1 on exception.
int hasValue(JSContext* ctx, JSValueConst obj, JSAtom atom) {
  JSValue v = JS_GetProperty(ctx, obj, atom);
  if (JS_IsException(v)) return -1;
  int has = !JS_IsUndefined(v);
  JS_FreeValue(ctx, v);
  return has;
}

// A frozen `_events` shared by a class's fresh instances (events.js ownEvents): the
// JS function copies it before changing it.
bool isShared(JSContext* ctx, JSValueConst events) {
  int extensible = JS_IsExtensible(ctx, events);
  if (extensible < 0) JS_FreeValue(ctx, JS_GetException(ctx));  // a proxy's trap threw: JS will again
  return extensible != 1;
}

// 1 when obj[atom] is truthy, 0 when not, -1 on exception.
int hasTrueValue(JSContext* ctx, JSValueConst obj, JSAtom atom) {
  JSValue v = JS_GetProperty(ctx, obj, atom);
  if (JS_IsException(v)) return -1;
  int truthy = JS_ToBool(ctx, v);
  JS_FreeValue(ctx, v);
  return truthy;
}

// this._eventsCount into *n; false when it is not a number (the JS function decides).
bool eventsCount(JSContext* ctx, JSValueConst self, const Atoms& at, double* n) {
  JSValue count = JS_GetProperty(ctx, self, at.a[kEventsCount]);
  bool numeric = JS_IsNumber(count) && JS_ToFloat64(ctx, n, count) == 0;
  JS_FreeValue(ctx, count);
  return numeric;
}

// Object.assign(Object.create(proto), shared) into *own. False on an exception.
bool copyKeyByKey(JSContext* ctx, JSValueConst proto, JSValueConst shared, JSValue* own) {
  JSPropertyEnum* props = nullptr;
  uint32_t count = 0;
  int r = JS_GetOwnPropertyNames(ctx, &props, &count, shared,
                                 JS_GPN_STRING_MASK | JS_GPN_SYMBOL_MASK | JS_GPN_ENUM_ONLY);
  *own = r < 0 ? JS_EXCEPTION : JS_NewObjectProto(ctx, proto);
  bool ok = !JS_IsException(*own);
  for (uint32_t i = 0; i < count && ok; i++) {
    JSValue v = JS_GetProperty(ctx, shared, props[i].atom);
    // A new key of an ordinary extensible object: [[Set]] defines it C|W|E, as
    // Object.assign does, and leaves the shapes JS_NewObjectCopyData looks for.
    ok = !JS_IsException(v) && JS_SetProperty(ctx, *own, props[i].atom, v) >= 0;
  }
  for (uint32_t i = 0; i < count; i++) JS_FreeAtom(ctx, props[i].atom);
  js_free(ctx, props);
  if (!ok) {
    JS_FreeValue(ctx, *own);
    *own = JS_UNDEFINED;
  }
  return ok;
}

// events.js ownEvents(): *events (a shared, frozen `_events`) becomes the emitter's
// own copy, put in its place (Object.assign(Object.create(proto), events), with the
// shared one's prototype). False on an exception (*events is then undefined).
bool takeOwnEvents(JSContext* ctx, JSValueConst self, JSValue* events, JSAtom eventsAtom) {
  JSValue shared = *events;
  *events = JS_UNDEFINED;
  // At once on the copy's final shape when an earlier copy left it in the engine's
  // shape hash (QuickJS patch 10), else key by key.
  JSValue proto = JS_GetPrototype(ctx, shared);
  JSValue own = JS_IsException(proto) ? JS_EXCEPTION : JS_NewObjectCopyData(ctx, proto, shared);
  bool ok = !JS_IsException(own);
  if (ok && JS_IsUndefined(own)) ok = copyKeyByKey(ctx, proto, shared, &own);
  JS_FreeValue(ctx, proto);
  JS_FreeValue(ctx, shared);
  if (ok) ok = JS_SetProperty(ctx, self, eventsAtom, JS_DupValue(ctx, own)) >= 0;
  if (!ok) {
    JS_FreeValue(ctx, own);
    return false;
  }
  *events = own;
  return true;
}

// events.js _getMaxListeners(self): its _maxListeners, else the default that
// `limits` keeps. False when that is not a number (the JS function decides).
bool maxListeners(JSContext* ctx, JSValueConst self, JSValueConst limits, const Atoms& at, double* m) {
  JSValue v = JS_GetProperty(ctx, self, at.a[kMaxListeners]);
  if (JS_IsUndefined(v)) v = JS_GetProperty(ctx, limits, at.a[kDefaultMaxListeners]);
  bool numeric = JS_IsNumber(v) && JS_ToFloat64(ctx, m, v) == 0;
  if (JS_IsException(v)) JS_FreeValue(ctx, JS_GetException(ctx));  // the JS function will throw it
  JS_FreeValue(ctx, v);
  return numeric;
}

// The length of an array of listeners; false when `list` is not an array or its
// length not a number (the JS function decides).
bool listLength(JSContext* ctx, JSValueConst list, const Atoms& at, int64_t* len) {
  if (JS_IsArray(ctx, list) != 1) return false;
  JSValue l = JS_GetProperty(ctx, list, at.a[kLength]);
  bool numeric = JS_IsNumber(l) && JS_ToInt64(ctx, len, l) == 0;
  JS_FreeValue(ctx, l);
  return numeric;
}

// A listener for a type that has one or more: the existing function and the new one
// in an array, or the new one at the end of the array. 1 when done, 0 when the JS
// function must do it (the max-listeners warning is due, or `existing` is neither),
// -1 on an exception.
int appendListener(JSContext* ctx, JSValueConst self, JSValueConst events, JSAtom type,
                   JSValueConst existing, JSValueConst listener, JSValueConst* data) {
  const Atoms& at = atomsOf(data);
  const bool single = JS_IsFunction(ctx, existing);
  int64_t len = 1;
  if (!single && !listLength(ctx, existing, at, &len)) return 0;
  double m = 0;
  if (!maxListeners(ctx, self, data[kLimits], at, &m)) return 0;
  if (m > 0 && double(len + 1) > m) return 0;
  if (!single) return JS_SetPropertyInt64(ctx, existing, len, JS_DupValue(ctx, listener)) < 0 ? -1 : 1;
  JSValue list = JS_NewArray(ctx);
  if (JS_IsException(list) || JS_SetPropertyUint32(ctx, list, 0, JS_DupValue(ctx, existing)) < 0 ||
      JS_SetPropertyUint32(ctx, list, 1, JS_DupValue(ctx, listener)) < 0) {
    JS_FreeValue(ctx, list);
    return -1;
  }
  return JS_SetProperty(ctx, events, type, list) < 0 ? -1 : 1;
}

JSValue jsAddListener(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int,
                      JSValueConst* data) {
  if (argc < 2 || !JS_IsObject(self) || !JS_IsFunction(ctx, argv[1])) return slowCall(ctx, data, self, argc, argv);
  const Atoms& at = atomsOf(data);
  JSValue events = JS_GetProperty(ctx, self, at.a[kEvents]);
  if (JS_IsException(events)) return events;
  JSValue result = JS_UNDEFINED;
  JSValue existing = JS_UNDEFINED;
  JSAtom type = JS_ATOM_NULL;
  int has = 0;
  if (!JS_IsObject(events) || (has = hasValue(ctx, events, at.a[kNewListener])) != 0) {
    result = has < 0 ? JS_EXCEPTION : slowCall(ctx, data, self, argc, argv);
  } else if (isShared(ctx, events) && !takeOwnEvents(ctx, self, &events, at.a[kEvents])) {
    result = JS_EXCEPTION;
  } else if ((type = JS_ValueToAtom(ctx, argv[0])) == JS_ATOM_NULL) {
    result = JS_EXCEPTION;
  } else if (JS_IsException(existing = JS_GetProperty(ctx, events, type))) {
    result = JS_EXCEPTION;
  } else if (!JS_IsUndefined(existing)) {
    int done = appendListener(ctx, self, events, type, existing, argv[1], data);
    result = done < 0 ? JS_EXCEPTION : done ? JS_DupValue(ctx, self) : slowCall(ctx, data, self, argc, argv);
  } else {
    double n = 0;
    if (!eventsCount(ctx, self, at, &n)) {
      result = slowCall(ctx, data, self, argc, argv);
    } else if (JS_SetProperty(ctx, events, type, JS_DupValue(ctx, argv[1])) < 0 ||
               JS_SetProperty(ctx, self, at.a[kEventsCount], JS_NewFloat64(ctx, n + 1)) < 0) {
      result = JS_EXCEPTION;
    } else {
      result = JS_DupValue(ctx, self);
    }
  }
  if (type != JS_ATOM_NULL) JS_FreeAtom(ctx, type);
  JS_FreeValue(ctx, existing);
  JS_FreeValue(ctx, events);
  return result;
}

// Whether `list` (one listener) is `listener` or its once-wrapper.
int isListener(JSContext* ctx, JSValueConst list, JSValueConst listener, JSAtom listenerAtom) {
  if (JS_VALUE_GET_PTR(list) == JS_VALUE_GET_PTR(listener)) return 1;
  JSValue inner = JS_GetProperty(ctx, list, listenerAtom);
  if (JS_IsException(inner)) return -1;
  int same = JS_IsObject(inner) && JS_VALUE_GET_PTR(inner) == JS_VALUE_GET_PTR(listener);
  JS_FreeValue(ctx, inner);
  return same;
}

// events.js removeListener on an array of listeners: the last entry that is
// `listener` or its once-wrapper leaves it, and the one left of two takes the
// array's place. 1 when done (or not found), 0 when the JS function must do it (not
// an array, an entry that is not an object), -1 on an exception.
int removeFromList(JSContext* ctx, JSValueConst events, JSAtom type, JSValueConst list,
                   JSValueConst listener, const Atoms& at) {
  int64_t len = 0;
  if (!listLength(ctx, list, at, &len)) return 0;
  int64_t pos = len - 1;
  for (; pos >= 0; pos--) {
    JSValue item = JS_GetPropertyUint32(ctx, list, uint32_t(pos));
    if (JS_IsException(item)) return -1;
    int same = JS_IsObject(item) ? isListener(ctx, item, listener, at.a[kListener]) : 2;
    JS_FreeValue(ctx, item);
    if (same < 0) return -1;
    if (same == 2) return 0;
    if (same == 1) break;
  }
  if (pos < 0) return 1;
  for (int64_t i = pos; i + 1 < len; i++) {
    JSValue next = JS_GetPropertyUint32(ctx, list, uint32_t(i + 1));
    if (JS_IsException(next) || JS_SetPropertyInt64(ctx, list, i, next) < 0) return -1;
  }
  if (JS_SetProperty(ctx, list, at.a[kLength], JS_NewInt64(ctx, len - 1)) < 0) return -1;
  if (len - 1 != 1) return 1;
  JSValue only = JS_GetPropertyUint32(ctx, list, 0);
  if (JS_IsException(only)) return -1;
  return JS_SetProperty(ctx, events, type, only) < 0 ? -1 : 1;
}

JSValue jsRemoveListener(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int,
                         JSValueConst* data) {
  if (argc < 2 || !JS_IsObject(self) || !JS_IsFunction(ctx, argv[1])) return slowCall(ctx, data, self, argc, argv);
  const Atoms& at = atomsOf(data);
  JSValue events = JS_GetProperty(ctx, self, at.a[kEvents]);
  if (JS_IsException(events)) return events;
  if (JS_IsUndefined(events)) return JS_DupValue(ctx, self);
  JSValue result = JS_UNDEFINED;
  JSValue list = JS_UNDEFINED;
  JSAtom type = JS_ATOM_NULL;
  int has = 0;
  int shapeMode = 0;
  if (!JS_IsObject(events) || isShared(ctx, events) ||
      (has = hasValue(ctx, events, at.a[kRemoveListener])) != 0 ||
      (shapeMode = hasTrueValue(ctx, self, at.a[kShapeMode])) < 0) {
    result = has < 0 || shapeMode < 0 ? JS_EXCEPTION : slowCall(ctx, data, self, argc, argv);
  } else if ((type = JS_ValueToAtom(ctx, argv[0])) == JS_ATOM_NULL) {
    result = JS_EXCEPTION;
  } else if (JS_IsException(list = JS_GetProperty(ctx, events, type))) {
    result = JS_EXCEPTION;
  } else if (JS_IsUndefined(list)) {
    result = JS_DupValue(ctx, self);
  } else if (!JS_IsFunction(ctx, list)) {
    int done = removeFromList(ctx, events, type, list, argv[1], at);
    result = done < 0 ? JS_EXCEPTION : done ? JS_DupValue(ctx, self) : slowCall(ctx, data, self, argc, argv);
  } else {
    int same = isListener(ctx, list, argv[1], at.a[kListener]);
    double n = 0;
    bool numeric = eventsCount(ctx, self, at, &n);
    if (same < 0) {
      result = JS_EXCEPTION;
    } else if (!same) {
      result = JS_DupValue(ctx, self);  // a function listener, but another one
    } else if (!numeric || (shapeMode && n - 1 <= 1)) {
      // (In shape mode, maybe back to the class's shared _events: restoreSharedEvents.)
      result = slowCall(ctx, data, self, argc, argv);
    } else if (JS_SetProperty(ctx, self, at.a[kEventsCount], JS_NewFloat64(ctx, n - 1)) < 0) {
      result = JS_EXCEPTION;
    } else if (shapeMode) {
      // Streams keep the key (see internal/events/shape_mode).
      result = JS_SetProperty(ctx, events, type, JS_UNDEFINED) < 0 ? JS_EXCEPTION : JS_DupValue(ctx, self);
    } else if (n - 1 == 0) {
      // The last listener: a fresh object, as the JS function does.
      JSValue fresh = JS_NewObjectProto(ctx, JS_NULL);
      result = JS_SetProperty(ctx, self, at.a[kEvents], fresh) < 0 ? JS_EXCEPTION : JS_DupValue(ctx, self);
    } else {
      result = JS_DeleteProperty(ctx, events, type, 0) < 0 ? JS_EXCEPTION : JS_DupValue(ctx, self);
    }
  }
  JS_FreeValue(ctx, list);
  if (type != JS_ATOM_NULL) JS_FreeAtom(ctx, type);
  JS_FreeValue(ctx, events);
  return result;
}

// ---- a stream's on / removeListener --------------------------------------------
// Readable.prototype.on(ev, fn) calls Stream.prototype.on and then does more only for
// 'data' and 'readable' (removeListener: only for 'readable'). A client socket adds
// and removes eight listeners per request; for every other type the native function
// here calls the emitter's method straight, skipping the JS frame and the .call().
// If Stream.prototype's method is not the native one any more (a program patched
// EventEmitter.prototype.on), or the type is one the JS function handles, or not a
// string, the JS function runs, as the definition.

enum StreamListenerData { kSJsWrapper, kSProto, kSNative, kSHolder, kStreamListenerDataCount };

struct StreamListenerAtoms {
  JSAtom key;         // 'on' or 'removeListener'
  JSAtom read;        // a property the JS function reads after the call, or JS_ATOM_NULL
  JSAtom special[2];  // the types the JS wrapper must see (JS_ATOM_NULL: none)
};

JSValue jsStreamListener(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int,
                         JSValueConst* data) {
  const auto& at = *static_cast<const StreamListenerAtoms*>(holderValue(data[kSHolder]));
  if (argc >= 2 && JS_IsString(argv[0])) {
    JSAtom type = JS_ValueToAtom(ctx, argv[0]);
    if (type == JS_ATOM_NULL) return JS_EXCEPTION;
    bool plain = type != at.special[0] && type != at.special[1];
    JS_FreeAtom(ctx, type);
    if (plain) {
      JSValue method = JS_GetProperty(ctx, data[kSProto], at.key);
      if (JS_IsException(method)) return method;
      bool same = JS_VALUE_GET_PTR(method) == JS_VALUE_GET_PTR(data[kSNative]) && JS_IsObject(method);
      JS_FreeValue(ctx, method);
      if (!same) return JS_Call(ctx, data[kSJsWrapper], self, argc, argv);
      JSValue result = JS_Call(ctx, data[kSNative], self, argc, argv);
      if (JS_IsException(result) || at.read == JS_ATOM_NULL) return result;
      // Read as the JS function reads it: an IncomingMessage makes its state then.
      JSValue state = JS_GetProperty(ctx, self, at.read);
      if (JS_IsException(state)) {
        JS_FreeValue(ctx, result);
        return state;
      }
      JS_FreeValue(ctx, state);
      return result;
    }
  }
  return JS_Call(ctx, data[kSJsWrapper], self, argc, argv);
}

// makeStreamListener(jsWrapper, streamPrototype, key, nativeMethod, readAfter, ...specialTypes)
// (readAfter: a property name, or undefined)
JSValue jsMakeStreamListener(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  auto* atoms = new StreamListenerAtoms{JS_ValueToAtom(ctx, argv[2]),
                                        JS_IsUndefined(argv[4]) ? JS_ATOM_NULL : JS_ValueToAtom(ctx, argv[4]),
                                        {JS_ATOM_NULL, JS_ATOM_NULL}};
  for (int i = 5; i < argc && i < 7; i++) atoms->special[i - 5] = JS_ValueToAtom(ctx, argv[i]);
  JSValue holder = newHolder(ctx, atoms, [](JSRuntime* r, void* p) {
    auto* held = static_cast<StreamListenerAtoms*>(p);
    JS_FreeAtomRT(r, held->key);
    if (held->read != JS_ATOM_NULL) JS_FreeAtomRT(r, held->read);
    for (JSAtom a : held->special) {
      if (a != JS_ATOM_NULL) JS_FreeAtomRT(r, a);
    }
    delete held;
  });
  if (JS_IsException(holder)) return holder;
  JSValue fnData[kStreamListenerDataCount] = {argv[0], argv[1], argv[3], holder};
  // Named as the JS function is (in Node, '': it is an anonymous function expression).
  JSValue nameValue = JS_GetPropertyStr(ctx, argv[0], "name");
  const char* name = JS_ToCString(ctx, nameValue);
  JS_FreeValue(ctx, nameValue);
  JSValue fn = namedDataFunction(ctx, jsStreamListener, 2, fnData, kStreamListenerDataCount, name ? name : "");
  JS_FreeCString(ctx, name);
  JS_FreeValue(ctx, holder);
  return fn;
}

// makeListenerFunctions(slowAdd, slowRemove, kShapeMode, limits) -> [addListener,
// removeListener]; limits.defaultMaxListeners is EventEmitter.defaultMaxListeners.
JSValue jsMakeListenerFunctions(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  auto* atoms = new Atoms();
  atoms->a[kEvents] = JS_NewAtom(ctx, "_events");
  atoms->a[kEventsCount] = JS_NewAtom(ctx, "_eventsCount");
  atoms->a[kNewListener] = JS_NewAtom(ctx, "newListener");
  atoms->a[kRemoveListener] = JS_NewAtom(ctx, "removeListener");
  atoms->a[kListener] = JS_NewAtom(ctx, "listener");
  atoms->a[kShapeMode] = JS_ValueToAtom(ctx, argv[2]);
  atoms->a[kMaxListeners] = JS_NewAtom(ctx, "_maxListeners");
  atoms->a[kDefaultMaxListeners] = JS_NewAtom(ctx, "defaultMaxListeners");
  atoms->a[kLength] = JS_NewAtom(ctx, "length");
  JSValue holder = newHolder(ctx, atoms, [](JSRuntime* r, void* p) {
    auto* held = static_cast<Atoms*>(p);
    for (JSAtom a : held->a) JS_FreeAtomRT(r, a);
    delete held;
  });
  if (JS_IsException(holder)) return holder;
  JSValue out = JS_NewArray(ctx);
  const struct { JSCFunctionData* fn; const char* name; JSValueConst slow; } made[] = {
      {jsAddListener, "addListener", argv[0]},
      {jsRemoveListener, "removeListener", argv[1]},
  };
  for (uint32_t i = 0; i < 2; i++) {
    JSValue fnData[kListenerDataCount] = {made[i].slow, holder, argv[3]};
    JSValue fn = namedDataFunction(ctx, made[i].fn, 2, fnData, kListenerDataCount, made[i].name);
    JS_SetPropertyUint32(ctx, out, i, fn);
  }
  JS_FreeValue(ctx, holder);
  return out;
}

// makeEmit(slowEmit, afterListener) -> the native emit.
JSValue jsMakeEmit(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  JSAtom events = JS_NewAtom(ctx, "_events");
  JSAtom error = JS_NewAtom(ctx, "error");
  Runtime::from(ctx)->atTeardown([ctx, events, error] {
    JS_FreeAtom(ctx, events);
    JS_FreeAtom(ctx, error);
  });
  JSValue data[kDataCount] = {argv[0], argv[1], JS_NewInt32(ctx, int32_t(events)),
                              JS_NewInt32(ctx, int32_t(error))};
  return namedDataFunction(ctx, jsEmit, 1, data, kDataCount, "emit");
}

// ---- EventEmitter.init ----------------------------------------------------------
// Runs in every emitter's constructor (each socket, stream and http message): the
// same steps as lib/events.js's init, natively. Options asking for
// captureRejections, or made while EventEmitter.captureRejections is true, go to the
// JS function (validation, Boolean(), an own kCapture).

enum InitData { kInitSlow, kInitAtoms, kInitCaptureDefault, kInitDataCount };
enum InitAtom { kIEvents, kIEventsCount, kIMaxListeners, kICaptureRejections, kICapture, kInitAtomCount };

struct InitAtoms {
  JSAtom a[kInitAtomCount];
};

// events === Object.getPrototypeOf(self)._events && Object.isExtensible(events):
// the prototype's own (unshared) object, which an instance must not write into.
int isPrototypeEvents(JSContext* ctx, JSValueConst self, JSValueConst events, JSAtom eventsAtom) {
  JSValue proto = JS_GetPrototype(ctx, self);
  if (JS_IsException(proto)) return -1;
  JSValue protoEvents = JS_GetProperty(ctx, proto, eventsAtom);
  JS_FreeValue(ctx, proto);
  if (JS_IsException(protoEvents)) return -1;
  bool same = JS_IsObject(events) && JS_IsObject(protoEvents) &&
              JS_VALUE_GET_PTR(events) == JS_VALUE_GET_PTR(protoEvents);
  JS_FreeValue(ctx, protoEvents);
  return same ? JS_IsExtensible(ctx, events) : 0;
}

JSValue jsInit(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int, JSValueConst* data) {
  if (!JS_IsObject(self)) return JS_Call(ctx, data[kInitSlow], self, argc, argv);
  const InitAtoms& at = *static_cast<const InitAtoms*>(holderValue(data[kInitAtoms]));
  int capture = hasTrueValue(ctx, data[kInitCaptureDefault], at.a[kICaptureRejections]);
  if (capture == 0 && argc > 0 && !JS_IsUndefined(argv[0]) && !JS_IsNull(argv[0])) {
    capture = hasTrueValue(ctx, argv[0], at.a[kICaptureRejections]);
  }
  if (capture < 0) return JS_EXCEPTION;
  if (capture) return JS_Call(ctx, data[kInitSlow], self, argc, argv);
  JSValue events = JS_GetProperty(ctx, self, at.a[kIEvents]);
  if (JS_IsException(events)) return events;
  int fresh = JS_IsUndefined(events) ? 1 : isPrototypeEvents(ctx, self, events, at.a[kIEvents]);
  JS_FreeValue(ctx, events);
  if (fresh < 0) return JS_EXCEPTION;
  if (fresh && (JS_SetProperty(ctx, self, at.a[kIEvents], JS_NewObjectProto(ctx, JS_NULL)) < 0 ||
                JS_SetProperty(ctx, self, at.a[kIEventsCount], JS_NewInt32(ctx, 0)) < 0)) {
    return JS_EXCEPTION;
  }
  // Node writes undefined here; an emitter that inherits undefined needs no own copy.
  JSValue max = JS_GetProperty(ctx, self, at.a[kIMaxListeners]);
  if (JS_IsException(max)) return max;
  if (!JS_IsUndefined(max)) {
    JSValue v = JS_ToBool(ctx, max) ? JS_DupValue(ctx, max) : JS_UNDEFINED;
    if (JS_SetProperty(ctx, self, at.a[kIMaxListeners], v) < 0) {
      JS_FreeValue(ctx, max);
      return JS_EXCEPTION;
    }
  }
  JS_FreeValue(ctx, max);
  // Node gives each emitter its own kCapture of false; one that inherits false from
  // EventEmitter.prototype does without (a property less per socket and message).
  JSValue inherited = JS_GetProperty(ctx, self, at.a[kICapture]);
  if (JS_IsException(inherited)) return inherited;
  if (!JS_IsBool(inherited) || JS_ToBool(ctx, inherited)) {
    JS_FreeValue(ctx, inherited);
    if (JS_SetProperty(ctx, self, at.a[kICapture], JS_FALSE) < 0) return JS_EXCEPTION;
  }
  return JS_UNDEFINED;
}

// makeInit(slowInit, captureDefault, kCapture) -> the native init; captureDefault
// is the object behind EventEmitter.captureRejections.
JSValue jsMakeInit(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  auto* atoms = new InitAtoms();
  atoms->a[kIEvents] = JS_NewAtom(ctx, "_events");
  atoms->a[kIEventsCount] = JS_NewAtom(ctx, "_eventsCount");
  atoms->a[kIMaxListeners] = JS_NewAtom(ctx, "_maxListeners");
  atoms->a[kICaptureRejections] = JS_NewAtom(ctx, "captureRejections");
  atoms->a[kICapture] = JS_ValueToAtom(ctx, argv[2]);
  JSValue holder = newHolder(ctx, atoms, [](JSRuntime* r, void* p) {
    auto* held = static_cast<InitAtoms*>(p);
    for (JSAtom a : held->a) JS_FreeAtomRT(r, a);
    delete held;
  });
  if (JS_IsException(holder)) return holder;
  JSValue data[kInitDataCount] = {argv[0], holder, argv[1]};
  JSValue fn = namedDataFunction(ctx, jsInit, 1, data, kInitDataCount, "");  // Node's is anonymous
  JS_FreeValue(ctx, holder);
  return fn;
}

// ---- listenerCount ------------------------------------------------------------
// listenerCount(type) without a listener to match (streams ask it per chunk):
// this._events[type] is a function (1), an array (its length) or undefined (0).
// Anything else goes to the JS function.
JSValue jsListenerCount(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int,
                        JSValueConst* data) {
  if (argc == 0 || (argc > 1 && !JS_IsUndefined(argv[1]) && !JS_IsNull(argv[1])) || !JS_IsObject(self)) {
    return JS_Call(ctx, data[0], self, argc, argv);
  }
  JSAtom eventsAtom = JSAtom(JS_VALUE_GET_INT(data[1]));
  JSValue events = JS_GetProperty(ctx, self, eventsAtom);
  if (JS_IsException(events)) return events;
  if (JS_IsUndefined(events)) return JS_NewInt32(ctx, 0);
  JSAtom type = JS_ValueToAtom(ctx, argv[0]);
  JSValue list = type == JS_ATOM_NULL ? JS_EXCEPTION : JS_GetProperty(ctx, events, type);
  if (type != JS_ATOM_NULL) JS_FreeAtom(ctx, type);
  JS_FreeValue(ctx, events);
  if (JS_IsException(list)) return list;
  JSValue count;
  if (JS_IsUndefined(list)) count = JS_NewInt32(ctx, 0);
  else if (JS_IsFunction(ctx, list)) count = JS_NewInt32(ctx, 1);
  else if (JS_IsArray(ctx, list) == 1) count = JS_GetPropertyStr(ctx, list, "length");
  else count = JS_Call(ctx, data[0], self, argc, argv);
  JS_FreeValue(ctx, list);
  return count;
}

// makeListenerCount(slowListenerCount) -> the native listenerCount.
JSValue jsMakeListenerCount(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  JSAtom events = JS_NewAtom(ctx, "_events");
  Runtime::from(ctx)->atTeardown([ctx, events] { JS_FreeAtom(ctx, events); });
  JSValue data[2] = {argv[0], JS_NewInt32(ctx, int32_t(events))};
  return namedDataFunction(ctx, jsListenerCount, 1, data, 2, "listenerCount");
}

// ---- byArgumentCount -------------------------------------------------------------
// byArgumentCount(none, some, name, length) -> a function that calls none.call(this)
// when called without arguments and some.apply(this, arguments) otherwise. It is
// the `arguments.length === 0` test (removeAllListeners() against
// removeAllListeners(undefined)) without the arguments object QuickJS builds for a
// function that names it: about 1.5k instructions a call.
JSValue jsByArgumentCount(JSContext* ctx, JSValueConst self, int argc, JSValueConst* argv, int,
                          JSValueConst* data) {
  return JS_Call(ctx, data[argc == 0 ? 0 : 1], self, argc, argv);
}

JSValue jsMakeByArgumentCount(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  std::string name;
  int32_t length = 0;
  if (!toStdString(ctx, argv[2], name) || JS_ToInt32(ctx, &length, argv[3]) < 0) return JS_EXCEPTION;
  JSValue data[2] = {argv[0], argv[1]};
  return namedDataFunction(ctx, jsByArgumentCount, length, data, 2, name.c_str());
}

void initEvents(Runtime&, JSContext* ctx, JSValueConst exports) {
  setFunction(ctx, exports, "makeEmit", jsMakeEmit, 2);
  setFunction(ctx, exports, "makeListenerFunctions", jsMakeListenerFunctions, 4);
  setFunction(ctx, exports, "makeStreamListener", jsMakeStreamListener, 5);
  setFunction(ctx, exports, "makeInit", jsMakeInit, 3);
  setFunction(ctx, exports, "makeListenerCount", jsMakeListenerCount, 1);
  setFunction(ctx, exports, "byArgumentCount", jsMakeByArgumentCount, 4);
}

}  // namespace

PROTOJS_BINDING(events, initEvents);

}  // namespace protojs
