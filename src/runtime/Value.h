// Small helpers for QuickJS values: an owning RAII wrapper and argument readers.
#pragma once
#include <quickjs.h>

#include <cstdint>
#include <string>
#include <utility>

// C++-friendly versions of QuickJS's JS_CFUNC_DEF family (theirs mix designated and
// positional initializers, which C++20 rejects).
#define PJS_CFUNC_DEF(name, length, fn)                                               \
  JSCFunctionListEntry {                                                              \
    name, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE, JS_DEF_CFUNC, 0, {                 \
      .func = {length, JS_CFUNC_generic, {.generic = fn } }                           \
    }                                                                                 \
  }
#define PJS_CFUNC_MAGIC_DEF(name, length, fn, magic)                                  \
  JSCFunctionListEntry {                                                              \
    name, JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE, JS_DEF_CFUNC, magic, {             \
      .func = {length, JS_CFUNC_generic_magic, {.generic_magic = fn } }               \
    }                                                                                 \
  }
// (Its parameters must not be named `getter`/`setter`: those are the union members.)
#define PJS_CGETSET_DEF(name, getFn, setFn)                                           \
  JSCFunctionListEntry {                                                              \
    name, JS_PROP_CONFIGURABLE, JS_DEF_CGETSET, 0, {                                  \
      .getset = {.get = {.getter = getFn }, .set = {.setter = setFn } }               \
    }                                                                                 \
  }

namespace protojs {

// Owns one reference to a JSValue and frees it on destruction.
class Value {
 public:
  Value() = default;
  Value(JSContext* ctx, JSValue v) : ctx_(ctx), v_(v) {}
  Value(const Value&) = delete;
  Value& operator=(const Value&) = delete;
  Value(Value&& o) noexcept : ctx_(o.ctx_), v_(std::exchange(o.v_, JS_UNDEFINED)) {}
  Value& operator=(Value&& o) noexcept {
    if (this != &o) {
      reset();
      ctx_ = o.ctx_;
      v_ = std::exchange(o.v_, JS_UNDEFINED);
    }
    return *this;
  }
  ~Value() { reset(); }

  void reset() {
    if (ctx_) JS_FreeValue(ctx_, v_);
    v_ = JS_UNDEFINED;
  }
  // Gives up ownership to the caller.
  JSValue release() { return std::exchange(v_, JS_UNDEFINED); }
  JSValueConst get() const { return v_; }
  JSValue dup() const { return JS_DupValue(ctx_, v_); }
  bool isException() const { return JS_IsException(v_); }
  explicit operator bool() const { return !JS_IsUndefined(v_) && !JS_IsException(v_); }

 private:
  JSContext* ctx_ = nullptr;
  JSValue v_ = JS_UNDEFINED;
};

// An object or undefined in 8 bytes where a JSValue takes 16, for the values every
// native handle holds (its JS object, async context, callbacks): a server holds a
// handle per connection. Like a JSValue it owns nothing by itself; its holder dups
// and frees. take() keeps the reference of an object and frees anything else,
// which then reads back as undefined.
class ObjectRef {
 public:
  ObjectRef() = default;
  static ObjectRef borrow(JSValueConst v) { return ObjectRef(JS_IsObject(v) ? JS_VALUE_GET_PTR(v) : nullptr); }
  static ObjectRef take(JSContext* ctx, JSValue v) {
    if (JS_IsObject(v)) return ObjectRef(JS_VALUE_GET_PTR(v));
    JS_FreeValue(ctx, v);
    return ObjectRef();
  }
  JSValueConst get() const { return p_ ? JS_MKPTR(JS_TAG_OBJECT, p_) : JS_UNDEFINED; }
  bool empty() const { return p_ == nullptr; }
  // Gives up the reference to the caller and leaves this empty.
  JSValue release() { return std::exchange(*this, ObjectRef()).get(); }

 private:
  explicit ObjectRef(void* p) : p_(p) {}
  void* p_ = nullptr;
};

// Reads a JS string argument as UTF-8. Returns false (with an exception pending) on failure.
inline bool toStdString(JSContext* ctx, JSValueConst v, std::string& out) {
  size_t len = 0;
  const char* s = JS_ToCStringLen(ctx, &len, v);
  if (!s) return false;
  out.assign(s, len);
  JS_FreeCString(ctx, s);
  return true;
}

inline JSValue newString(JSContext* ctx, const std::string& s) {
  return JS_NewStringLen(ctx, s.data(), s.size());
}

inline int64_t toInt64(JSContext* ctx, JSValueConst v, int64_t fallback = 0) {
  int64_t out;
  if (JS_ToInt64(ctx, &out, v) < 0) return fallback;
  return out;
}

// The truthiness of obj[name] (false when reading it throws; the exception stays
// pending).
inline bool getBoolProp(JSContext* ctx, JSValueConst obj, const char* name) {
  JSValue v = JS_GetPropertyStr(ctx, obj, name);
  bool b = JS_ToBool(ctx, v) > 0;
  JS_FreeValue(ctx, v);
  return b;
}

// Sets a property given a C string name; takes ownership of `v`.
inline void setProp(JSContext* ctx, JSValueConst obj, const char* name, JSValue v) {
  JS_SetPropertyStr(ctx, obj, name, v);
}

inline void setFunction(JSContext* ctx, JSValueConst obj, const char* name, JSCFunction* fn,
                        int length) {
  JS_SetPropertyStr(ctx, obj, name, JS_NewCFunction(ctx, fn, name, length));
}

// An object that owns a C++ value, for native functions made with
// JS_NewCFunctionData to keep state (atoms, settings) in their data array. `release`
// frees the value when the holder is collected; holderValue() reads it back.
JSValue newHolder(JSContext* ctx, void* value, void (*release)(JSRuntime* rt, void* value));
void* holderValue(JSValueConst holder);

// Pointer and length of the bytes viewed by an ArrayBuffer, TypedArray or DataView.
// Returns false (exception pending) when `v` is none of those.
bool getBytes(JSContext* ctx, JSValueConst v, uint8_t*& data, size_t& len);

}  // namespace protojs
