// The pool small Buffers are carved from (Node's allocPool: Buffer.poolSize bytes,
// 8 KiB by default; a Buffer smaller than half of it takes the next 8-aligned slot),
// and Buffer.from(string, encoding) answered in one native call: the encoding name
// is matched, the string is encoded straight into the pool and the FastBuffer made
// here, instead of four JS frames and three native calls per Buffer.
#include <quickjs.h>

#include <cmath>

#include "modules/buffer/BufferBinding.h"
#include "modules/buffer/StringAccess.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::buffer {

namespace {

struct Pool {
  JSValue arrayBuffer = JS_UNDEFINED;
  uint8_t* data = nullptr;
  size_t size = 0;
  size_t offset = 0;
  JSValue bufferClass = JS_UNDEFINED;   // Buffer, whose poolSize sizes new pools
  JSValue fromFallback = JS_UNDEFINED;  // the JS Buffer.from, for everything but strings
  JSAtom poolSizeAtom = JS_ATOM_NULL;
};

Pool& pool() {
  static thread_local Pool p;  // one JS thread per runtime
  return p;
}

// Buffer.poolSize as a number; false with an exception pending if reading it threw.
bool readPoolSize(JSContext* ctx, double& out) {
  JSValue v = JS_GetProperty(ctx, pool().bufferClass, pool().poolSizeAtom);
  if (JS_VALUE_GET_TAG(v) == JS_TAG_INT) {
    out = JS_VALUE_GET_INT(v);
    return true;
  }
  if (JS_IsException(v)) return false;
  const int r = JS_ToFloat64(ctx, &out, v);
  JS_FreeValue(ctx, v);
  return r == 0;
}

// `Buffer.poolSize >>> 1`: strings and arrays below it go to the pool.
bool poolLimit(JSContext* ctx, size_t& out) {
  double d = 0;
  if (!readPoolSize(ctx, d)) return false;
  double m = std::isfinite(d) ? std::fmod(std::trunc(d), 4294967296.0) : 0;  // ToUint32
  if (m < 0) m += 4294967296.0;
  out = size_t(uint32_t(m)) >> 1;
  return true;
}

// createPool(): a fresh pool of Buffer.poolSize bytes; Buffers of the old one keep it alive.
bool createPool(JSContext* ctx) {
  Pool& p = pool();
  double want = 0;
  if (!readPoolSize(ctx, want)) return false;
  const size_t size = want > 0 ? size_t(want) : 0;
  JSValue ab = newUnsafeArrayBuffer(ctx, size);
  if (JS_IsException(ab)) return false;
  size_t len = 0;
  uint8_t* data = JS_GetArrayBuffer(ctx, &len, ab);
  JS_FreeValue(ctx, p.arrayBuffer);
  p.arrayBuffer = ab;
  p.data = data;
  p.size = len;
  p.offset = 0;
  return true;
}

// The FastBuffer over the next `length` pool bytes; advances past them (8-aligned).
JSValue takeFromPool(JSContext* ctx, size_t length) {
  Pool& p = pool();
  JSValue args[3] = {p.arrayBuffer, JS_NewInt64(ctx, int64_t(p.offset)), JS_NewInt64(ctx, int64_t(length))};
  JSValue b = newFastBuffer(ctx, 3, args);
  if (!JS_IsException(b)) p.offset = (p.offset + length + 7) & ~size_t(7);
  return b;
}

// The next `length` bytes of the pool, making a new pool when they do not fit;
// nullptr when even a new pool is too small (an odd Buffer.poolSize) or on an
// exception (pending). The pool's memory is looked up again each time: it may have
// been detached (transferred) since.
uint8_t* poolSpace(JSContext* ctx, size_t length) {
  Pool& p = pool();
  size_t len = 0;
  p.data = JS_IsUndefined(p.arrayBuffer) ? nullptr : JS_GetArrayBuffer(ctx, &len, p.arrayBuffer);
  if (!p.data) {
    if (JS_HasException(ctx)) JS_FreeValue(ctx, JS_GetException(ctx));  // detached: start a new pool
    p.size = p.offset = 0;
  }
  if (!p.data || p.offset > p.size || length > p.size - p.offset) {
    if (!createPool(ctx)) return nullptr;
  }
  return p.offset <= p.size && length <= p.size - p.offset ? p.data + p.offset : nullptr;
}

JSValue ownBuffer(JSContext* ctx, JSValue arrayBuffer) {
  if (JS_IsException(arrayBuffer)) return arrayBuffer;
  JSValue b = newFastBuffer(ctx, 1, &arrayBuffer);
  JS_FreeValue(ctx, arrayBuffer);
  return b;
}

// lib/internal/buffer_ops.js's byteLength of each encoding, which decides between
// the pool and a buffer of its own (so the choice stays the one the JS made).
size_t poolByteLength(const StringView& sv, Encoding e) {
  const size_t n = sv.length();
  switch (e) {
    case kBase64:
    case kBase64url: {
      size_t bytes = n;
      auto at = [&](size_t j) { return sv.wide() ? sv.utf16()[j] : sv.latin1()[j]; };
      if (bytes > 0 && at(bytes - 1) == '=') bytes--;
      if (bytes > 1 && at(bytes - 1) == '=') bytes--;
      return (bytes * 3) >> 2;
    }
    case kHex: return n >> 1;
    default: return encodedSize(sv, e);
  }
}

// fromStringFast in lib/buffer.js: a non-empty string in a known encoding.
JSValue fromString(JSContext* ctx, const StringView& sv, Encoding e) {
  size_t limit = 0;
  if (!poolLimit(ctx, limit)) return JS_EXCEPTION;
  size_t length = sv.length();
  if (length >= limit) return ownBuffer(ctx, arrayBufferFromString(ctx, sv, e));
  length *= 4;  // no encoding takes more than 4 bytes per code unit
  if (length >= limit) length = poolByteLength(sv, e);
  if (length >= limit) return ownBuffer(ctx, arrayBufferFromString(ctx, sv, e));
  uint8_t* slot = poolSpace(ctx, length);
  if (!slot) {
    if (JS_HasException(ctx)) return JS_EXCEPTION;
    return ownBuffer(ctx, arrayBufferFromString(ctx, sv, e));
  }
  return takeFromPool(ctx, encodeInto(sv, e, slot, length));
}

// fromString(string, encodingId): lib/buffer.js's fromStringFast.
JSValue jsFromString(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  StringView sv(ctx, argv[0]);
  if (!sv.ok()) return JS_EXCEPTION;
  int32_t e = 0;
  if (JS_ToInt32(ctx, &e, argv[1]) < 0) return JS_EXCEPTION;
  return fromString(ctx, sv, Encoding(e));
}

// Buffer.from: a string with no encoding or an exact encoding name is handled here;
// everything else (other spellings, errors, arrays, ArrayBuffers) by the JS version.
JSValue jsFrom(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  Encoding e = kUtf8;
  if (argc > 0 && JS_VALUE_GET_TAG(argv[0]) == JS_TAG_STRING &&
      (argc < 2 || JS_IsUndefined(argv[1]) || encodingFromName(ctx, argv[1], e))) {
    StringView sv(ctx, argv[0]);
    if (!sv.ok()) return JS_EXCEPTION;
    if (sv.length() == 0) return newFastBuffer(ctx, 0, nullptr);
    return fromString(ctx, sv, e);
  }
  return JS_Call(ctx, pool().fromFallback, thisVal, argc, argv);
}

// poolAlloc(size): `size` bytes from the pool (the caller checked size < poolSize / 2).
JSValue jsPoolAlloc(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int64_t size = 0;
  if (JS_ToInt64(ctx, &size, argv[0]) < 0) return JS_EXCEPTION;
  if (size < 0) size = 0;
  if (!poolSpace(ctx, size_t(size))) {
    if (JS_HasException(ctx)) return JS_EXCEPTION;
    return ownBuffer(ctx, newUnsafeArrayBuffer(ctx, size_t(size)));
  }
  return takeFromPool(ctx, size_t(size));
}

// setupPool(Buffer, jsFrom): makes the first pool from Buffer.poolSize.
JSValue jsSetupPool(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  Pool& p = pool();
  JS_FreeValue(ctx, p.bufferClass);
  JS_FreeValue(ctx, p.fromFallback);
  p.bufferClass = JS_DupValue(ctx, argv[0]);
  p.fromFallback = JS_DupValue(ctx, argv[1]);
  if (p.poolSizeAtom == JS_ATOM_NULL) p.poolSizeAtom = JS_NewAtom(ctx, "poolSize");
  return createPool(ctx) ? JS_UNDEFINED : JS_EXCEPTION;
}

const JSCFunctionListEntry kPoolFuncs[] = {
    PJS_CFUNC_DEF("from", 3, jsFrom),
    PJS_CFUNC_DEF("fromString", 2, jsFromString),
    PJS_CFUNC_DEF("poolAlloc", 1, jsPoolAlloc),
    PJS_CFUNC_DEF("setupPool", 2, jsSetupPool),
};

}  // namespace

void addBufferPool(Runtime& rt, JSContext* ctx, JSValueConst exports) {
  JS_SetPropertyFunctionList(ctx, exports, kPoolFuncs, sizeof(kPoolFuncs) / sizeof(kPoolFuncs[0]));
  rt.atTeardown([ctx] {
    Pool& p = pool();
    for (JSValue* v : {&p.arrayBuffer, &p.bufferClass, &p.fromFallback}) {
      JS_FreeValue(ctx, *v);
      *v = JS_UNDEFINED;
    }
    if (p.poolSizeAtom != JS_ATOM_NULL) JS_FreeAtom(ctx, p.poolSizeAtom);
    p = Pool{};
  });
}

}  // namespace protojs::buffer
