#include "runtime/Value.h"

namespace protojs {

bool getBytes(JSContext* ctx, JSValueConst v, uint8_t*& data, size_t& len) {
  static uint8_t empty = 0;
  size_t offset = 0, length = 0, perElement = 0;
  JSValue ab = JS_GetTypedArrayBuffer(ctx, v, &offset, &length, &perElement);
  if (!JS_IsException(ab)) {
    size_t abLen = 0;
    uint8_t* base = JS_GetArrayBuffer(ctx, &abLen, ab);
    JS_FreeValue(ctx, ab);
    if (!base) {
      if (JS_HasException(ctx)) return false;
      base = &empty;
    }
    data = base + offset;
    len = length;
    return true;
  }
  JS_FreeValue(ctx, JS_GetException(ctx));
  size_t abLen = 0;
  uint8_t* base = JS_GetArrayBuffer(ctx, &abLen, v);
  if (base) {
    data = base;
    len = abLen;
    return true;
  }
  JS_FreeValue(ctx, JS_GetException(ctx));
  // A DataView: read its view of the underlying buffer (rare; not a hot path).
  if (JS_IsObject(v)) {
    JSValue buf = JS_GetPropertyStr(ctx, v, "buffer");
    int64_t off = 0, blen = 0;
    JSValue o = JS_GetPropertyStr(ctx, v, "byteOffset");
    JSValue l = JS_GetPropertyStr(ctx, v, "byteLength");
    JS_ToInt64(ctx, &off, o);
    JS_ToInt64(ctx, &blen, l);
    JS_FreeValue(ctx, o);
    JS_FreeValue(ctx, l);
    base = JS_GetArrayBuffer(ctx, &abLen, buf);
    JS_FreeValue(ctx, buf);
    if (base && off >= 0 && blen >= 0 && size_t(off + blen) <= abLen) {
      data = base + off;
      len = size_t(blen);
      return true;
    }
    if (JS_HasException(ctx)) JS_FreeValue(ctx, JS_GetException(ctx));
  }
  JS_ThrowTypeError(ctx, "expected an ArrayBuffer or ArrayBufferView");
  return false;
}

namespace {

struct Held {
  void* value;
  void (*release)(JSRuntime*, void*);
};

JSClassID holderClassId = 0;

void finalizeHolder(JSRuntime* rt, JSValue v) {
  auto* held = static_cast<Held*>(JS_GetOpaque(v, holderClassId));
  if (held == nullptr) return;
  held->release(rt, held->value);
  delete held;
}

}  // namespace

JSValue newHolder(JSContext* ctx, void* value, void (*release)(JSRuntime* rt, void* value)) {
  JSRuntime* rt = JS_GetRuntime(ctx);
  if (holderClassId == 0) JS_NewClassID(&holderClassId);
  if (!JS_IsRegisteredClass(rt, holderClassId)) {
    JSClassDef def{};
    def.class_name = "NativeHolder";
    def.finalizer = finalizeHolder;
    JS_NewClass(rt, holderClassId, &def);
  }
  JSValue holder = JS_NewObjectClass(ctx, int(holderClassId));
  if (JS_IsException(holder)) {
    release(rt, value);
    return holder;
  }
  JS_SetOpaque(holder, new Held{value, release});
  return holder;
}

void* holderValue(JSValueConst holder) {
  auto* held = static_cast<Held*>(JS_GetOpaque(holder, holderClassId));
  return held == nullptr ? nullptr : held->value;
}

}  // namespace protojs
