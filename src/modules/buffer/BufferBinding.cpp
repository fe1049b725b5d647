// Encoding and decoding between JS strings and buffer memory. Strings are read and
// built in QuickJS's own representation (StringAccess.h), so a write encodes
// straight into the buffer and a slice decodes straight into the new string.
#include "modules/buffer/BufferBinding.h"

#include <cstdint>
#include <cstring>
#include <vector>
#include <string_view>

#include "modules/buffer/Encodings.h"
#include "modules/buffer/StringAccess.h"
#include "runtime/Binding.h"
#include "runtime/Runtime.h"
#include "runtime/Value.h"

namespace protojs::buffer {

bool viewBytes(JSContext* ctx, JSValueConst v, uint8_t*& data, size_t& len) { return getBytes(ctx, v, data, len); }

size_t indexArg(JSContext* ctx, JSValueConst v, size_t max) {
  double d = 0;
  if (JS_VALUE_GET_TAG(v) == JS_TAG_INT) {
    d = JS_VALUE_GET_INT(v);
  } else if (JS_ToFloat64(ctx, &d, v) < 0 || !(d == d)) {
    JS_FreeValue(ctx, JS_GetException(ctx));
    return 0;
  }
  if (d <= 0) return 0;
  return d >= double(max) ? max : size_t(d);
}

namespace {

JSValue emptyString(JSContext* ctx) { return JS_NewStringLen(ctx, "", 0); }

// One decoding pass into a scratch array sized for the worst case, then a copy into
// a string of the right width and length (a scan for the length first, then a
// second decoding pass, cost more than the copy).
JSValue decodeUtf8(JSContext* ctx, const uint8_t* p, size_t n) {
  const size_t run = enc::asciiPrefix(p, n);
  if (run == n) return n > kMaxStringLength ? JS_UNDEFINED : makeLatin1String(ctx, p, n);
  if (run + (n - run) / 3 > kMaxStringLength) return JS_UNDEFINED;  // 3 bytes a unit at most
  static thread_local std::vector<uint16_t> scratch;
  if (scratch.size() < n - run) scratch.resize(n - run);
  const enc::Utf8Info info = enc::decodeUtf8ToUtf16(p + run, n - run, scratch.data());
  const uint16_t* units = scratch.data();
  const size_t total = run + info.utf16Length;
  JSValue s;
  if (total > kMaxStringLength) {
    s = JS_UNDEFINED;
  } else if (info.latin1) {
    uint8_t* out;
    s = newLatin1String(ctx, total, &out);
    if (!JS_IsException(s)) {
      std::memcpy(out, p, run);
      for (size_t i = 0; i < info.utf16Length; i++) out[run + i] = uint8_t(units[i]);
    }
  } else {
    uint16_t* out;
    s = newUtf16String(ctx, total, &out);
    if (!JS_IsException(s)) {
      for (size_t i = 0; i < run; i++) out[i] = p[i];
      std::memcpy(out + run, units, info.utf16Length * sizeof(uint16_t));
    }
  }
  // A huge string's scratch is not kept.
  if (scratch.size() > (size_t(1) << 20)) std::vector<uint16_t>().swap(scratch);
  return s;
}

// Bytes that become one 8-bit character each, transformed by `fn`.
template <typename Fn>
JSValue decodeNarrow(JSContext* ctx, size_t len, Fn fn) {
  if (len > kMaxStringLength) return JS_UNDEFINED;
  uint8_t* out;
  JSValue s = newLatin1String(ctx, len, &out);
  if (!JS_IsException(s)) fn(out);
  return s;
}

JSValue decodeUtf16le(JSContext* ctx, const uint8_t* p, size_t n) {
  const size_t units = n / 2;
  if (units == 0) return emptyString(ctx);
  if (units > kMaxStringLength) return JS_UNDEFINED;
  uint16_t* out;
  JSValue s = newUtf16String(ctx, units, &out);
  if (!JS_IsException(s)) {
    for (size_t i = 0; i < units; i++) out[i] = uint16_t(p[2 * i] | (p[2 * i + 1] << 8));
  }
  return s;
}

}  // namespace

JSValue decodeBytes(JSContext* ctx, const uint8_t* p, size_t n, Encoding e) {
  if (n == 0) return emptyString(ctx);
  switch (e) {
    case kUtf8: return decodeUtf8(ctx, p, n);
    case kUtf16le: return decodeUtf16le(ctx, p, n);
    case kLatin1: return n > kMaxStringLength ? JS_UNDEFINED : makeLatin1String(ctx, p, n);
    case kAscii:
      return decodeNarrow(ctx, n, [&](uint8_t* out) {
        for (size_t i = 0; i < n; i++) out[i] = p[i] & 0x7F;
      });
    case kHex: return decodeNarrow(ctx, n * 2, [&](uint8_t* out) { enc::hexEncode(p, n, out); });
    case kBase64:
    case kBase64url: {
      const bool url = e == kBase64url;
      return decodeNarrow(ctx, enc::base64EncodedLength(n, url), [&](uint8_t* out) { enc::base64Encode(p, n, out, url); });
    }
  }
  return emptyString(ctx);
}

// Encodes `sv` in `e` into dst (at most cap bytes); returns the bytes written.
size_t encodeInto(const StringView& sv, Encoding e, uint8_t* dst, size_t cap) {
  const size_t n = sv.length();
  switch (e) {
    case kUtf8:
      return sv.wide() ? enc::encodeUtf8(sv.utf16(), n, dst, cap) : enc::encodeUtf8(sv.latin1(), n, dst, cap);
    case kLatin1:
    case kAscii: {
      const size_t m = n < cap ? n : cap;
      if (sv.wide()) enc::narrowUtf16(sv.utf16(), m, dst);
      else std::memcpy(dst, sv.latin1(), m);
      return m;
    }
    case kUtf16le: {
      const size_t m = n < cap / 2 ? n : cap / 2;
      if (sv.wide()) enc::utf16ToUtf16le(sv.utf16(), m, dst);
      else enc::latin1ToUtf16le(sv.latin1(), m, dst);
      return m * 2;
    }
    case kBase64:
    case kBase64url:
      return sv.wide() ? enc::base64Decode(sv.utf16(), n, dst, cap) : enc::base64Decode(sv.latin1(), n, dst, cap);
    case kHex:
      return sv.wide() ? enc::hexDecode(sv.utf16(), n, dst, cap) : enc::hexDecode(sv.latin1(), n, dst, cap);
  }
  return 0;
}

// The exact (utf8, latin1, utf16le) or upper-bound (base64, hex) encoded size.
size_t encodedSize(const StringView& sv, Encoding e) {
  const size_t n = sv.length();
  switch (e) {
    case kUtf8: return sv.wide() ? enc::utf8Length(sv.utf16(), n) : enc::utf8Length(sv.latin1(), n);
    case kUtf16le: return n * 2;
    case kLatin1:
    case kAscii: return n;
    case kBase64:
    case kBase64url: return sv.wide() ? enc::base64DecodedSize(sv.utf16(), n) : enc::base64DecodedSize(sv.latin1(), n);
    case kHex: return n / 2;
  }
  return 0;
}

void freeBytes(JSRuntime* rt, void*, void* ptr) { js_free_rt(rt, ptr); }

JSValue newUnsafeArrayBuffer(JSContext* ctx, size_t size) {
  auto* mem = static_cast<uint8_t*>(js_malloc(ctx, size ? size : 1));
  if (!mem) return JS_EXCEPTION;
  return JS_NewArrayBuffer(ctx, mem, size, freeBytes, nullptr, false);
}

JSValue newArrayBufferCopy(JSContext* ctx, const void* data, size_t size) {
  auto* mem = static_cast<uint8_t*>(js_malloc(ctx, size ? size : 1));
  if (!mem) return JS_EXCEPTION;
  if (size) std::memcpy(mem, data, size);
  return JS_NewArrayBuffer(ctx, mem, size, freeBytes, nullptr, false);
}

JSValue arrayBufferFromString(JSContext* ctx, const StringView& sv, Encoding e) {
  const size_t size = encodedSize(sv, e);
  auto* mem = static_cast<uint8_t*>(js_malloc(ctx, size ? size : 1));
  if (!mem) return JS_EXCEPTION;
  const size_t actual = encodeInto(sv, e, mem, size);
  return JS_NewArrayBuffer(ctx, mem, actual, freeBytes, nullptr, false);
}

namespace {

// slice(buf, start, end) -> string, with the encoding as magic.
JSValue jsSlice(JSContext* ctx, JSValueConst, int, JSValueConst* argv, int magic) {
  uint8_t* data;
  size_t len;
  if (!viewBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  const size_t end = indexArg(ctx, argv[2], len);
  const size_t start = indexArg(ctx, argv[1], end);
  return decodeBytes(ctx, data + start, end - start, Encoding(magic));
}

// write(buf, string, offset, maxLength) -> bytes written, with the encoding as magic.
JSValue jsWrite(JSContext* ctx, JSValueConst, int, JSValueConst* argv, int magic) {
  uint8_t* data;
  size_t len;
  if (!viewBytes(ctx, argv[0], data, len)) return JS_EXCEPTION;
  StringView sv(ctx, argv[1]);
  if (!sv.ok()) return JS_EXCEPTION;
  const size_t offset = indexArg(ctx, argv[2], len);
  const size_t cap = indexArg(ctx, argv[3], len - offset);
  return JS_NewInt64(ctx, int64_t(encodeInto(sv, Encoding(magic), data + offset, cap)));
}

JSValue jsByteLengthUtf8(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  StringView sv(ctx, argv[0]);
  if (!sv.ok()) return JS_EXCEPTION;
  return JS_NewInt64(ctx, int64_t(encodedSize(sv, kUtf8)));
}

// createFromString(string, encoding) -> ArrayBuffer holding exactly the encoded bytes.
JSValue jsCreateFromString(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  StringView sv(ctx, argv[0]);
  if (!sv.ok()) return JS_EXCEPTION;
  int32_t e = 0;
  JS_ToInt32(ctx, &e, argv[1]);
  return arrayBufferFromString(ctx, sv, Encoding(e));
}

// createUnsafeArrayBuffer(size): memory that is not zero-filled, for allocUnsafe and
// the allocation pool (Node does not clear them either).
JSValue jsCreateUnsafeArrayBuffer(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int64_t size = 0;
  if (JS_ToInt64(ctx, &size, argv[0]) < 0) return JS_EXCEPTION;
  if (size < 0) size = 0;
  return newUnsafeArrayBuffer(ctx, size_t(size));
}

// encodeInto(string, dest, result): TextEncoder.encodeInto; result[0] = code units
// read, result[1] = bytes written.
JSValue jsEncodeInto(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  StringView sv(ctx, argv[0]);
  if (!sv.ok()) return JS_EXCEPTION;
  uint8_t *dst, *res;
  size_t cap, resLen;
  if (!viewBytes(ctx, argv[1], dst, cap) || !viewBytes(ctx, argv[2], res, resLen)) return JS_EXCEPTION;
  if (resLen < 8) return JS_ThrowRangeError(ctx, "encodeInto: result array too small");
  size_t read = 0;
  const size_t written = sv.wide() ? enc::encodeUtf8(sv.utf16(), sv.length(), dst, cap, &read)
                                   : enc::encodeUtf8(sv.latin1(), sv.length(), dst, cap, &read);
  const uint32_t out[2] = {uint32_t(read), uint32_t(written)};
  std::memcpy(res, out, sizeof(out));
  return JS_UNDEFINED;
}

// ---- Buffer.prototype.toString fast path --------------------------------------------
// The common calls (no arguments, or an exact encoding name with integer bounds) are
// answered here without entering the interpreter; everything else goes to the JS
// implementation registered with setToStringFallback (Node's full argument rules).

struct ToStringState {
  JSValue fallback = JS_UNDEFINED;
  JSValue subarrayFallback = JS_UNDEFINED;
  JSValue uint8Array = JS_UNDEFINED;  // the Uint8Array constructor
  JSValue fastBuffer = JS_UNDEFINED;  // FastBuffer (internal/buffer.js), as new.target
  JSValue fastBufferProto = JS_UNDEFINED;  // its prototype (Buffer.prototype)
  // The JS versions of the legacy xxxSlice/xxxWrite methods, by Encoding.
  JSValue legacySlice[kHex + 1] = {JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED,
                                   JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED};
  JSValue legacyWrite[kHex + 1] = {JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED,
                                   JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED};
};

ToStringState& toStringState(JSContext* ctx) {
  static thread_local ToStringState state;  // one JS thread per runtime
  (void)ctx;
  return state;
}

}  // namespace

bool encodingFromName(JSContext* ctx, JSValueConst v, Encoding& out) {
  if (JS_VALUE_GET_TAG(v) != JS_TAG_STRING) return false;
  StringView sv(ctx, v);
  if (!sv.ok() || sv.wide() || sv.length() > 9) {
    if (!sv.ok()) JS_FreeValue(ctx, JS_GetException(ctx));
    return false;
  }
  const std::string_view name(reinterpret_cast<const char*>(sv.latin1()), sv.length());
  if (name == "utf8" || name == "utf-8") out = kUtf8;
  else if (name == "hex") out = kHex;
  else if (name == "base64") out = kBase64;
  else if (name == "base64url") out = kBase64url;
  else if (name == "latin1" || name == "binary") out = kLatin1;
  else if (name == "ascii") out = kAscii;
  else if (name == "ucs2" || name == "utf16le") out = kUtf16le;
  else return false;
  return true;
}

namespace {

// An integer bound in [0, len] (undefined -> dflt); false for anything else.
bool simpleBound(JSValueConst v, size_t len, size_t dflt, size_t& out) {
  if (JS_IsUndefined(v)) {
    out = dflt;
    return true;
  }
  if (JS_VALUE_GET_TAG(v) != JS_TAG_INT) return false;
  const int32_t i = JS_VALUE_GET_INT(v);
  if (i < 0 || size_t(i) > len) return false;
  out = size_t(i);
  return true;
}

JSValue jsBufferToString(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  Encoding e = kUtf8;
  size_t start = 0, end = 0;
  uint8_t* data = nullptr;
  size_t len = 0;
  const bool fast = JS_GetClassID(thisVal) == uint8ArrayClassId() && viewBytes(ctx, thisVal, data, len) &&
                    (argc < 1 || JS_IsUndefined(argv[0]) || encodingFromName(ctx, argv[0], e)) &&
                    simpleBound(argc > 1 ? argv[1] : JS_UNDEFINED, len, 0, start) &&
                    simpleBound(argc > 2 ? argv[2] : JS_UNDEFINED, len, len, end);
  if (!fast) {
    if (JS_HasException(ctx)) JS_FreeValue(ctx, JS_GetException(ctx));
    return JS_Call(ctx, toStringState(ctx).fallback, thisVal, argc, argv);
  }
  if (end <= start) return JS_NewStringLen(ctx, "", 0);
  JSValue s = decodeBytes(ctx, data + start, end - start, e);
  if (JS_IsUndefined(s)) return JS_Call(ctx, toStringState(ctx).fallback, thisVal, argc, argv);
  return s;
}

}  // namespace

JSValue newFastBuffer(JSContext* ctx, int argc, JSValueConst* argv) {
  ToStringState& st = toStringState(ctx);
  return JS_CallConstructor2(ctx, st.uint8Array, st.fastBuffer, argc, argv);
}

JSValue newViewWithPrototype(JSContext* ctx, int argc, JSValueConst* argv, JSValueConst proto) {
  ToStringState& st = toStringState(ctx);
  if (JS_IsObject(proto) && JS_IsObject(st.fastBufferProto) &&
      JS_VALUE_GET_PTR(proto) == JS_VALUE_GET_PTR(st.fastBufferProto)) {
    return newFastBuffer(ctx, argc, argv);
  }
  JSValue view = JS_NewTypedArray(ctx, argc, argv, JS_TYPED_ARRAY_UINT8);
  if (!JS_IsException(view) && JS_IsObject(proto) && JS_SetPrototype(ctx, view, proto) < 0) {
    JS_FreeValue(ctx, view);
    return JS_EXCEPTION;
  }
  return view;
}

namespace {

// setFastBuffer(FastBuffer, Uint8Array): the classes newFastBuffer constructs with.
JSValue jsSetFastBuffer(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  ToStringState& st = toStringState(ctx);
  JS_FreeValue(ctx, st.fastBuffer);
  JS_FreeValue(ctx, st.uint8Array);
  JS_FreeValue(ctx, st.fastBufferProto);
  st.fastBuffer = JS_DupValue(ctx, argv[0]);
  st.uint8Array = JS_DupValue(ctx, argv[1]);
  st.fastBufferProto = JS_GetPropertyStr(ctx, argv[0], "prototype");
  return JS_IsException(st.fastBufferProto) ? JS_EXCEPTION : JS_UNDEFINED;
}

// newFastBuffer(arrayBuffer, byteOffset, length): `new FastBuffer(...)` without the
// derived constructor's interpreter frame (Uint8Array called with FastBuffer as new.target).
JSValue jsNewFastBuffer(JSContext* ctx, JSValueConst, int argc, JSValueConst* argv) {
  return newFastBuffer(ctx, argc, argv);
}

// Buffer.prototype.subarray/slice for integer (or absent) bounds, with Node's
// clamping of negative and past-the-end values; other arguments go to the JS version.
bool clampIndex(JSValueConst v, int64_t len, int64_t dflt, int64_t& out) {
  if (JS_IsUndefined(v)) {
    out = dflt;
    return true;
  }
  if (JS_VALUE_GET_TAG(v) != JS_TAG_INT) return false;
  int64_t i = JS_VALUE_GET_INT(v);
  if (i < 0) i = i + len > 0 ? i + len : 0;
  out = i < len ? i : len;
  return true;
}

JSValue jsBufferSubarray(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv) {
  ToStringState& st = toStringState(ctx);
  size_t offset = 0, length = 0, perElement = 0;
  int64_t start = 0, end = 0;
  if (JS_GetClassID(thisVal) != uint8ArrayClassId() ||
      !clampIndex(argc > 1 ? argv[1] : JS_UNDEFINED, 0, 0, end)) {  // cheap type check of end first
    return JS_Call(ctx, st.subarrayFallback, thisVal, argc, argv);
  }
  JSValue ab = JS_GetTypedArrayBuffer(ctx, thisVal, &offset, &length, &perElement);
  if (JS_IsException(ab)) return ab;
  const int64_t len = int64_t(length);
  if (!clampIndex(argc > 0 ? argv[0] : JS_UNDEFINED, len, 0, start) ||
      !clampIndex(argc > 1 ? argv[1] : JS_UNDEFINED, len, len, end)) {
    JS_FreeValue(ctx, ab);
    return JS_Call(ctx, st.subarrayFallback, thisVal, argc, argv);
  }
  JSValue args[3] = {ab, JS_NewInt64(ctx, int64_t(offset) + start), JS_NewInt64(ctx, end > start ? end - start : 0)};
  JSValue result = JS_CallConstructor2(ctx, st.uint8Array, st.fastBuffer, 3, args);
  JS_FreeValue(ctx, ab);
  return result;
}

// setSubarrayFallback(fn)
JSValue jsSetSubarrayFallback(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  ToStringState& st = toStringState(ctx);
  JS_FreeValue(ctx, st.subarrayFallback);
  st.subarrayFallback = JS_DupValue(ctx, argv[0]);
  return JS_UNDEFINED;
}

// ---- legacy Buffer.prototype.xxxSlice / xxxWrite -------------------------------------
// Node's native methods (name = the method's, length 0). Here the common calls (a
// Uint8Array receiver, undefined or in-range int32 arguments) are answered natively and
// everything else, errors included, goes to the JS version registered with
// setLegacyFallback (lib/internal/buffer_proto.js).

// buf.xxxSlice(start, end)
JSValue jsLegacySlice(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv, int magic) {
  uint8_t* data = nullptr;
  size_t len = 0, start = 0, end = 0;
  if (JS_GetClassID(thisVal) == uint8ArrayClassId() && viewBytes(ctx, thisVal, data, len) &&
      simpleBound(argc > 0 ? argv[0] : JS_UNDEFINED, len, 0, start) &&
      simpleBound(argc > 1 ? argv[1] : JS_UNDEFINED, len, len, end)) {
    if (end <= start) return emptyString(ctx);
    JSValue s = decodeBytes(ctx, data + start, end - start, Encoding(magic));
    if (!JS_IsUndefined(s)) return s;  // undefined: too long, the JS version throws
  }
  if (JS_HasException(ctx)) JS_FreeValue(ctx, JS_GetException(ctx));
  return JS_Call(ctx, toStringState(ctx).legacySlice[magic], thisVal, argc, argv);
}

// buf.xxxWrite(string, offset, length): a length past the end is trimmed.
JSValue jsLegacyWrite(JSContext* ctx, JSValueConst thisVal, int argc, JSValueConst* argv, int magic) {
  uint8_t* data = nullptr;
  size_t len = 0, offset = 0, cap = 0;
  if (argc > 0 && JS_VALUE_GET_TAG(argv[0]) == JS_TAG_STRING && JS_GetClassID(thisVal) == uint8ArrayClassId() &&
      viewBytes(ctx, thisVal, data, len) && simpleBound(argc > 1 ? argv[1] : JS_UNDEFINED, len, 0, offset) &&
      simpleBound(argc > 2 ? argv[2] : JS_UNDEFINED, SIZE_MAX, len - offset, cap)) {
    if (cap > len - offset) cap = len - offset;
    if (cap == 0) return JS_NewInt32(ctx, 0);
    StringView sv(ctx, argv[0]);
    if (!sv.ok()) return JS_EXCEPTION;
    return JS_NewInt64(ctx, int64_t(encodeInto(sv, Encoding(magic), data + offset, cap)));
  }
  if (JS_HasException(ctx)) JS_FreeValue(ctx, JS_GetException(ctx));
  return JS_Call(ctx, toStringState(ctx).legacyWrite[magic], thisVal, argc, argv);
}

// setLegacyFallback(encoding, sliceFn, writeFn)
JSValue jsSetLegacyFallback(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  int32_t e = -1;
  if (JS_ToInt32(ctx, &e, argv[0]) < 0) return JS_EXCEPTION;
  if (e < 0 || e > kHex) return JS_ThrowRangeError(ctx, "setLegacyFallback: bad encoding");
  ToStringState& st = toStringState(ctx);
  JS_FreeValue(ctx, st.legacySlice[e]);
  JS_FreeValue(ctx, st.legacyWrite[e]);
  st.legacySlice[e] = JS_DupValue(ctx, argv[1]);
  st.legacyWrite[e] = JS_DupValue(ctx, argv[2]);
  return JS_UNDEFINED;
}

const JSCFunctionListEntry kLegacyMethods[] = {
    PJS_CFUNC_MAGIC_DEF("utf8Slice", 0, jsLegacySlice, kUtf8),
    PJS_CFUNC_MAGIC_DEF("ucs2Slice", 0, jsLegacySlice, kUtf16le),
    PJS_CFUNC_MAGIC_DEF("latin1Slice", 0, jsLegacySlice, kLatin1),
    PJS_CFUNC_MAGIC_DEF("asciiSlice", 0, jsLegacySlice, kAscii),
    PJS_CFUNC_MAGIC_DEF("base64Slice", 0, jsLegacySlice, kBase64),
    PJS_CFUNC_MAGIC_DEF("base64urlSlice", 0, jsLegacySlice, kBase64url),
    PJS_CFUNC_MAGIC_DEF("hexSlice", 0, jsLegacySlice, kHex),
    PJS_CFUNC_MAGIC_DEF("utf8Write", 0, jsLegacyWrite, kUtf8),
    PJS_CFUNC_MAGIC_DEF("ucs2Write", 0, jsLegacyWrite, kUtf16le),
    PJS_CFUNC_MAGIC_DEF("latin1Write", 0, jsLegacyWrite, kLatin1),
    PJS_CFUNC_MAGIC_DEF("asciiWrite", 0, jsLegacyWrite, kAscii),
    PJS_CFUNC_MAGIC_DEF("base64Write", 0, jsLegacyWrite, kBase64),
    PJS_CFUNC_MAGIC_DEF("base64urlWrite", 0, jsLegacyWrite, kBase64url),
    PJS_CFUNC_MAGIC_DEF("hexWrite", 0, jsLegacyWrite, kHex),
};

// setToStringFallback(fn): the JS toString used for every case the fast path skips.
JSValue jsSetToStringFallback(JSContext* ctx, JSValueConst, int, JSValueConst* argv) {
  ToStringState& st = toStringState(ctx);
  JS_FreeValue(ctx, st.fallback);
  st.fallback = JS_DupValue(ctx, argv[0]);
  return JS_UNDEFINED;
}

const JSCFunctionListEntry kFuncs[] = {
    PJS_CFUNC_MAGIC_DEF("utf8Slice", 3, jsSlice, kUtf8),
    PJS_CFUNC_MAGIC_DEF("ucs2Slice", 3, jsSlice, kUtf16le),
    PJS_CFUNC_MAGIC_DEF("latin1Slice", 3, jsSlice, kLatin1),
    PJS_CFUNC_MAGIC_DEF("asciiSlice", 3, jsSlice, kAscii),
    PJS_CFUNC_MAGIC_DEF("base64Slice", 3, jsSlice, kBase64),
    PJS_CFUNC_MAGIC_DEF("base64urlSlice", 3, jsSlice, kBase64url),
    PJS_CFUNC_MAGIC_DEF("hexSlice", 3, jsSlice, kHex),
    PJS_CFUNC_MAGIC_DEF("utf8Write", 4, jsWrite, kUtf8),
    PJS_CFUNC_MAGIC_DEF("ucs2Write", 4, jsWrite, kUtf16le),
    PJS_CFUNC_MAGIC_DEF("latin1Write", 4, jsWrite, kLatin1),
    PJS_CFUNC_MAGIC_DEF("asciiWrite", 4, jsWrite, kAscii),
    PJS_CFUNC_MAGIC_DEF("base64Write", 4, jsWrite, kBase64),
    PJS_CFUNC_MAGIC_DEF("base64urlWrite", 4, jsWrite, kBase64url),
    PJS_CFUNC_MAGIC_DEF("hexWrite", 4, jsWrite, kHex),
    PJS_CFUNC_DEF("byteLengthUtf8", 1, jsByteLengthUtf8),
    PJS_CFUNC_DEF("createFromString", 2, jsCreateFromString),
    PJS_CFUNC_DEF("createUnsafeArrayBuffer", 1, jsCreateUnsafeArrayBuffer),
    PJS_CFUNC_DEF("encodeInto", 3, jsEncodeInto),
    PJS_CFUNC_DEF("toString", 3, jsBufferToString),
    PJS_CFUNC_DEF("setToStringFallback", 1, jsSetToStringFallback),
    PJS_CFUNC_DEF("setFastBuffer", 2, jsSetFastBuffer),
    PJS_CFUNC_DEF("newFastBuffer", 3, jsNewFastBuffer),
    PJS_CFUNC_DEF("subarray", 2, jsBufferSubarray),
    // Buffer.prototype.slice: the same function under Node's name.
    PJS_CFUNC_DEF("slice", 2, jsBufferSubarray),
    PJS_CFUNC_DEF("setSubarrayFallback", 1, jsSetSubarrayFallback),
    PJS_CFUNC_DEF("setLegacyFallback", 3, jsSetLegacyFallback),
};

void initBuffer(Runtime& rt, JSContext* ctx, JSValueConst exports) {
  if (!checkStringLayout(ctx)) {
    // The mirrored string header does not match this QuickJS: refuse rather than
    // corrupt memory (see StringAccess.h).
    JS_ThrowInternalError(ctx, "buffer binding: QuickJS string layout mismatch");
    return;
  }
  JS_SetPropertyFunctionList(ctx, exports, kFuncs, sizeof(kFuncs) / sizeof(kFuncs[0]));
  JSValue legacy = JS_NewObject(ctx);
  JS_SetPropertyFunctionList(ctx, legacy, kLegacyMethods, sizeof(kLegacyMethods) / sizeof(kLegacyMethods[0]));
  setProp(ctx, exports, "legacyMethods", legacy);
  addBufferOps(ctx, exports);
  addBufferPool(rt, ctx, exports);
  rt.atTeardown([ctx] {
    ToStringState& st = toStringState(ctx);
    for (JSValue* v : {&st.fallback, &st.subarrayFallback, &st.uint8Array, &st.fastBuffer, &st.fastBufferProto}) {
      JS_FreeValue(ctx, *v);
      *v = JS_UNDEFINED;
    }
    for (int e = 0; e <= kHex; e++) {
      for (JSValue* v : {&st.legacySlice[e], &st.legacyWrite[e]}) {
        JS_FreeValue(ctx, *v);
        *v = JS_UNDEFINED;
      }
    }
  });
  setProp(ctx, exports, "kMaxLength", JS_NewFloat64(ctx, 4294967296.0));
  setProp(ctx, exports, "kStringMaxLength", JS_NewInt64(ctx, int64_t(kMaxStringLength)));
}

}  // namespace

PROTOJS_BINDING(buffer, initBuffer);

}  // namespace protojs::buffer
